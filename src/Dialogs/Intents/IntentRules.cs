namespace EngageBot.Dialogs.Intents;

/// <summary>
/// The rule layer: commands and small talk recognised by phrase, before any retrieval. Each list is
/// checked on normalized text; "exact" lists must be the whole message, the others may appear inside it.
/// </summary>
public static class IntentRules
{
    private static readonly string[] EndHandoff = ["结束人工", "退出人工", "不用人工", "回到机器人", "返回机器人", "back to bot", "back to the bot", "end chat with staff", "stop human"];
    private static readonly string[] Handoff = ["转人工", "人工客服", "人工服务", "找人工", "要人工", "真人", "人工", "工作人员", "客服", "talk to a person", "talk to a human", "speak to a person", "speak to someone", "talk to someone", "real person", "human", "agent", "operator", "staff member"];
    private static readonly HashSet<string> CancelExact = new(StringComparer.Ordinal) { "取消", "算了", "算了吧", "不要了", "不用了", "退出", "cancel", "quit", "stop", "never mind", "nevermind", "forget it", "exit" };
    private static readonly HashSet<string> HelpExact = new(StringComparer.Ordinal) { "help", "menu", "帮助", "菜单", "功能", "你能做什么", "你会什么", "你能干什么", "能干什么", "有什么功能", "what can you do", "help me", "求助" };
    private static readonly HashSet<string> GreetingExact = new(StringComparer.Ordinal) { "你好", "您好", "在吗", "在不在", "嗨", "哈喽", "哈啰", "你好呀", "你好啊", "早", "早上好", "上午好", "中午好", "下午好", "晚上好", "hello", "hi", "hey", "hiya", "good morning", "good afternoon", "good evening", "hello there", "hi there", "你好小助手", "小助手", "您好小助手", "在么" };
    private static readonly string[] Thanks = ["谢谢", "多谢", "感谢", "谢了", "谢啦", "辛苦了", "thank you", "thanks", "thx", "ty", "cheers", "好的", "ok", "明白了", "知道了", "懂了", "great", "got it"];
    private static readonly string[] ActivityWords = ["活动", "有什么", "有啥", "安排", "好玩", "event", "activit", "what s on", "whats on", "going on", "anything on", "happening"];
    private static readonly string[] ActivityListing = ["近期活动", "最近活动", "最近有什么活动", "有什么活动", "有哪些活动", "活动安排", "最新活动", "活动列表", "upcoming", "what s on", "whats on", "any events"];

    /// <summary>
    /// A command or small-talk intent, or null when the message needs retrieval. Actions come from
    /// <see cref="ActionPhrases"/>: a question about one is left to retrieval, a negation is <see cref="Intent.Declined"/>.
    /// </summary>
    public static Intent? Match(string raw, string normalized, ActionReading? action)
    {
        if (normalized.Length == 0)
        {
            return raw.Contains('?', StringComparison.Ordinal) || raw.Contains('？', StringComparison.Ordinal) ? Intent.Help : null;
        }

        if (Phrases.Contains(normalized, EndHandoff))
        {
            return Intent.EndHandoff;
        }

        if (Phrases.Contains(normalized, Handoff))
        {
            return Intent.Handoff;
        }

        if (CancelExact.Contains(normalized))
        {
            return Intent.Cancel;
        }

        if (HelpExact.Contains(normalized))
        {
            return Intent.Help;
        }

        if (GreetingExact.Contains(normalized))
        {
            return Intent.Greeting;
        }

        if (IsOnly(normalized, Thanks))
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

        return Phrases.Contains(normalized, ActivityListing) ? Intent.Activities : null;
    }

    /// <summary>True when a message with a time expression asks what is on ("这周末有什么", "周六有活动吗").</summary>
    public static bool AsksWhatIsOn(string normalized) => Phrases.Contains(normalized, ActivityWords);

    /// <summary>True when the message is made only of these phrases ("谢谢", "好的谢谢", "ok thanks").</summary>
    private static bool IsOnly(string normalized, string[] phrases)
    {
        var rest = normalized;
        foreach (var phrase in phrases.OrderByDescending(p => p.Length))
        {
            rest = TextNormalizer.IsHan(phrase[0])
                ? rest.Replace(phrase, " ", StringComparison.Ordinal)
                : (" " + rest + " ").Replace(" " + phrase + " ", "  ", StringComparison.Ordinal);
        }

        var left = rest.Replace(" ", string.Empty, StringComparison.Ordinal);
        return left.Length < normalized.Replace(" ", string.Empty, StringComparison.Ordinal).Length
            && left.Trim('啊', '呀', '哈', '哦', '噢', '嗯', '了', '啦', '您', '你', '很', '非', '常', '的', '哈').Length == 0;
    }
}
