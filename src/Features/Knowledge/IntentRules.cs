using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// The rule layer: commands and small talk recognised by phrase, before any retrieval. Each list is
/// checked on normalized text; "exact" lists must be the whole message, the others may appear inside it.
/// </summary>
public static class IntentRules
{
    private static readonly string[] EndHandoff = ["结束人工", "退出人工", "不用人工", "不需要人工", "不要人工了", "不用真人", "回到机器人", "返回机器人", "切回机器人", "换回机器人", "回机器人", "回到自动", "自动回复", "切回自动", "回到智能助手", "返回智能助手", "返回智能", "人工结束", "聊完了", "我问完了", "end the chat", "end chat", "done talking", "done with the human", "back to the bot", "back to bot", "back to the assistant", "back to the automated", "end chat with staff", "stop human", "finish the chat", "close the chat"];
    private static readonly string[] Handoff = ["转人工", "人工客服", "人工服务", "在线客服", "找人工", "要人工", "接人工", "真人", "活人", "找工作人员", "联系工作人员", "找客服", "转客服", "找工会的人", "找个人问问", "找人问问", "talk to a person", "talk to a human", "speak to a person", "speak to someone", "talk to someone", "real person", "human", "agent", "operator", "staff member", "live chat"];
    private static readonly HashSet<string> CancelExact = new(StringComparer.Ordinal) { "取消", "算了", "算了吧", "不要了", "不用了", "退出", "cancel", "quit", "stop", "never mind", "nevermind", "forget it", "exit" };
    private static readonly string[] Help = ["how to use this", "where do i start", "使用说明", "怎么用这个", "这个怎么用", "从哪开始", "功能菜单", "帮助菜单", "使用帮助", "help 菜单"];
    private static readonly HashSet<string> HelpExact = new(StringComparer.Ordinal) { "help", "menu", "帮助", "菜单", "功能", "你能做什么", "你会什么", "你能干什么", "能干什么", "有什么功能", "what can you do", "help me", "求助" };
    private static readonly HashSet<string> GreetingExact = new(StringComparer.Ordinal) { "你好", "您好", "在吗", "在不在", "嗨", "哈喽", "哈啰", "你好呀", "你好啊", "早", "早上好", "上午好", "中午好", "下午好", "晚上好", "hello", "hi", "hey", "hiya", "good morning", "good afternoon", "good evening", "hello there", "hi there", "你好小助手", "小助手", "您好小助手", "在么" };
    private static readonly string[] Thanks = ["谢谢", "多谢", "感谢", "谢了", "谢啦", "辛苦了", "thank you", "thanks", "thx", "ty", "cheers", "好的", "ok", "明白了", "知道了", "懂了", "great", "got it"];
    /// <summary>What may be asked, with 些/点 (都能问些什么, 可以问点啥): the bot's help, asked without naming it.</summary>
    private static readonly string[] AskableWhat =
        [.. from can in new[] { "能", "可以" } from some in new[] { "些", "点", "点儿" } from what in new[] { "什么", "啥" } select can + "问" + some + what];

    private static readonly string[] SoftHelp = ["使用说明", "使用方法", "怎么用这个", "这个怎么用", "这个怎么弄", "这个咋用", "怎么使用", "不会用", "教教我", "机器人怎么用", "小助手怎么用", "助手怎么用", "怎么用你", "机器人咋用", "小助手咋用", "能干嘛", "能干啥", "能做啥", "能做什么", "有哪些功能", "有啥功能", "有什么功能", "哪些功能", "问你啥", "问你什么", "能问什么", "能问啥", "可以问什么", .. AskableWhat, "从哪开始", "不知道咋问", "不知道怎么问", "不知道问啥", "不知道问什么", "给个提示", "功能列表", "指令列表", "命令列表", "介绍一下你", "你是谁", "你是干嘛的", "function", "what commands", "which commands", "command list", "list of commands", "how to use", "how do i use", "where do i start", "what can you", "what can i ask", "what do you do", "how does this work", "who are you", "instructions"];
    private static readonly string[] SoftGreeting = ["你好", "您好", "嗨", "哈喽", "哈啰", "在吗", "在么", "在不在", "有人吗", "打个招呼", "打招呼", "认识一下",
        "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "问个好", "问声好", "有人在线", "hello", "hi", "hey", "hiya", "howdy", "good morning", "good afternoon", "good evening"];
    private static readonly string[] SoftThanks = ["谢谢", "多谢", "感谢", "谢了", "谢啦", "蟹蟹", "帮了大忙", "帮大忙", "麻烦你了", "辛苦", "thank", "thanks", "thx", "thanx", "thnx", "tks", "tysm", "cheers", "appreciate"];
    private static readonly string[] SoftCancel = ["不弄了", "不整了", "不搞了", "不办了", "先放着", "先不弄", "先不办", "不想继续", "不继续了", "先停", "停下", "算了", "回头再说", "以后再说", "nvm", "changed my mind", "stop here", "never mind", "forget it", "not now"];
    private static readonly string[] ActivityWords = ["活动", "有什么", "有啥", "安排", "好玩", "event", "activity", "activities", "what s on", "whats on", "going on", "anything on", "happening"];
    private static readonly string[] ActivityListing = ["近期活动", "最近活动", "最近有什么活动", "有什么活动", "有哪些活动", "活动安排", "最新活动", "活动列表", "upcoming", "what s on", "whats on", "any events"];

    /// <summary>The commands' and small talk's Chinese phrases, so a typing slip in one (砖人工, 泥好, 蒜了) is forgiven like a knowledge-base term.</summary>
    public static IEnumerable<string> Vocabulary =>
        EndHandoff.Concat(Handoff).Concat(Help).Concat(HelpExact).Concat(SoftHelp).Concat(ActivityListing)
            .Concat(GreetingExact).Concat(SoftGreeting).Concat(CancelExact).Concat(SoftCancel).Concat(Thanks).Concat(SoftThanks).Concat(ShortReplies.ThanksVocabulary);

    /// <summary>
    /// A command or small-talk intent, or null when the message needs retrieval. Actions come from
    /// <see cref="ActionPhrases"/>: a question about one is left to retrieval, a negation is <see cref="Intent.Declined"/>.
    /// </summary>
    public static Intent? Match(string raw, string normalized, ActionReading? action)
    {
        if (normalized.Length == 0)
        {
            return raw.Contains('?', StringComparison.Ordinal) || raw.Contains('？', StringComparison.Ordinal) ? Intent.Help
                : EmojiReplies.Thanks(raw) ? Intent.Thanks
                : null;
        }

        if (Phrases.Contains(normalized, EndHandoff))
        {
            return Intent.EndHandoff;
        }

        if (HandoffPhrases.Read(normalized) is { } person)
        {
            // 叫个工作人员来, 不用人工了, I'm done with the agent: before the bare "agent" below
            return person == Intent.Handoff && HandoffPhrases.EndedWith(raw, normalized) ? Intent.EndHandoff : person;
        }

        if (Phrases.Contains(normalized, Handoff))
        {
            return HandoffPhrases.EndedWith(raw, normalized) ? Intent.EndHandoff : Intent.Handoff;
        }

        if (TalkEnds.Ends(raw, normalized))
        {
            return Intent.EndHandoff; // 没别的问题了, 你忙吧, that's all: the talk ended without naming the person
        }

        if (CancelExact.Contains(normalized) || ShortReplies.Cancel(normalized))
        {
            return Intent.Cancel;
        }

        if (HelpExact.Contains(normalized) || Phrases.Contains(normalized, Help) || HelpPhrases.Asks(normalized) || ShortReplies.Help(normalized))
        {
            return Intent.Help;
        }

        if (GreetingExact.Contains(normalized) || ShortReplies.Greeting(normalized) || HelloTold(normalized))
        {
            return Intent.Greeting;
        }

        if (ShortReplies.Thanks(normalized) || (action is null && ThanksForWhatIsDone(raw, normalized)))
        {
            return Intent.Thanks;
        }

        switch (action)
        {
            case { Mode: ActionMode.Negated }:
                return Intent.Declined;
            case { Mode: ActionMode.Command or ActionMode.Confirm } reading:
                return reading.Action switch
                {
                    MemberAction.SignUp => Intent.SignUp,
                    MemberAction.CancelSignUp => Intent.CancelSignUp,
                    MemberAction.MySignUps => Intent.MySignUps,
                    MemberAction.CheckIn => Intent.CheckIn,
                    MemberAction.Subscribe => Intent.Subscribe,
                    _ => Intent.Unsubscribe,
                };
        }

        return Phrases.Contains(normalized, ActivityListing) || AsksForListing(normalized) ? Intent.Activities : null;
    }

    /// <summary>
    /// "最近晚上有没有活动", "这两周安排了哪些活动", "工会搞了啥活动", "show me this week's 活动": a verb of holding one, a
    /// which-word and 活动 close behind, or "show/list" before the activities. A room or centre for them is a place, not a list.
    /// </summary>
    private static bool AsksForListing(string normalized) =>
        !Phrases.Contains(normalized, ActivityPlaces)
        && ((normalized.Contains("活动", StringComparison.Ordinal) && NearWords.Near(normalized, HoldWhich, Activity, 4))
            || NearWords.Near(normalized, ShowMe, ActivityNames, 20));

    private static readonly string[] ActivityPlaces = ["活动室", "活动中心", "活动场地", "how"];
    private static readonly string[] Activity = ["活动"];
    private static readonly string[] ShowMe = ["show me", "list", "send me", "give me"];
    private static readonly string[] ActivityNames = ["activities", "events", "活动", "what s on", "whats on"];

    private static readonly string[] HoldWhich =
        [.. from verb in new[] { "有", "搞", "办", "安排", "组织", "举办", "准备" }
            from done in new[] { "", "了" }
            from which in new[] { "什么", "啥", "哪些", "没有", "些什么", "些啥", "点什么", "点啥" }
            select verb + done + which];

    /// <summary>
    /// Small talk said in many words ("第一次用这个，不知道从哪开始", "好嘞，多谢多谢", "不整了"): only asked when the
    /// knowledge base has no clear answer and the message names no action.
    /// </summary>
    public static Intent? SmallTalk(string normalized) =>
        HandoffPhrases.WantsSomeone(normalized) ? Intent.Handoff
        : Phrases.Contains(normalized, SoftHelp) ? Intent.Help
        : Phrases.Contains(normalized, SoftCancel) ? Intent.Cancel
        : Phrases.Contains(normalized, SoftThanks) && !Phrases.Contains(normalized, ThanksNamed) ? Intent.Thanks
        : Phrases.Contains(normalized, SoftGreeting) && !GreetingFirst.AsksAfter(normalized) ? Intent.Greeting
        : null;

    /// <summary>
    /// "您好，我是物流园的叉车司机，刚关注了你们，先打个招呼": saying hello told outright, asking nothing and requesting
    /// nothing, is a greeting whatever the self-introduction names (驿站, 工地, 物流); "打个招呼，顺便问下卡丢了咋办" asks.
    /// </summary>
    private static bool HelloTold(string normalized) => Phrases.Contains(normalized, HelloWords) && !GreetingFirst.AsksAfter(normalized);

    private static readonly string[] HelloWords = ["打个招呼", "打声招呼", "打招呼", "问个好", "问声好", "认识一下", "多关照", "多多关照"];

    /// <summary>
    /// Thanks named as a thing to say, write or translate (怎么跟领导说谢谢, 用日语说谢谢, a thank-you card for the teacher): the
    /// member asks how to thank someone else, and does not thank the bot.
    /// </summary>
    private static readonly string[] ThanksNamed =
    [
        "说谢谢", "说声谢谢", "说句谢谢", "说感谢", "表达感谢", "表示感谢", "道谢", "致谢", "答谢", "感谢信", "感谢词", "感谢语", "感谢的话", "谢词",
        "say thank", "say thanks", "saying thank", "saying thanks", "thank you card", "thank you note", "thank you letter", "thank you message", "thank you gift",
        "翻译", "translate", "translation", // thanks put into another language (how do you say thank you in french)
        "in french", "in japanese", "in korean", "in german", "in spanish", "in chinese", "in english",
    ];

    /// <summary>
    /// "……照你们说的打了电话，今天工钱终于发下来了，太感谢了", "按你说的去办完了 挺顺利 谢了": a thank-you note telling how the
    /// matter turned out, long or short, asking nothing, is thanked back, not answered with the topic it tells of. A problem
    /// told with a thanks ("卡丢了，谢谢") tells nothing done and is still answered.
    /// </summary>
    private static bool ThanksForWhatIsDone(string raw, string normalized)
    {
        if (!Phrases.Contains(normalized, SoftThanks) || !Phrases.Contains(normalized, Done) || Phrases.Contains(normalized, ThanksNamed))
        {
            return false;
        }

        // What was asked before it turned out well (之前我一直不知道…) is the story; nothing from the outcome on may ask.
        var clauses = QuestionSplitter.Sentences(raw);
        var from = clauses.Select((c, i) => (c, i)).FirstOrDefault(x => Phrases.Contains(TextNormalizer.Normalize(x.c), Done)).i;
        return clauses.Skip(from).All(c => !ActionPhrases.IsQuestion(c, TextNormalizer.Normalize(c)));
    }

    /// <summary>Words telling that a matter turned out well.</summary>
    private static readonly string[] Done = ["终于", "解决了", "办好了", "办完了", "弄好了", "弄完了", "办下来了", "拿到了", "到账了", "发下来了", "批下来了", "搞定了", "办妥了", "办妥", "挺顺利", "很顺利", "帮了大忙", "帮大忙", "problem solved", "finally", "got it sorted", "sorted it out", "worked out", "it worked"];

    /// <summary>Whether the message names the union's person outright (转人工, 人工客服, a real person): a hand-off asked for as such, not a topic's question.</summary>
    public static bool AsksForPersonOutright(string normalized) => Phrases.Contains(normalized, Handoff);

    /// <summary>True when a message with a time expression asks what is on ("这周末有什么", "周六有活动吗"); an activity named only as the time of something else (活动完了想去…) does not.</summary>
    public static bool AsksWhatIsOn(string normalized) => Phrases.Contains(ActivityAsTime.After(normalized) ?? normalized, ActivityWords) && !OtherThingOn.Asked(normalized);
}
