namespace EngageBot.Features.Knowledge;

/// <summary>
/// Short messages that are nothing but a cancel, a thanks or a greeting in everyday wording ("刚才那个取消掉吧",
/// "得嘞，谢了", "早啊", "cancel that", "thank you so much"): at least one word of the kind, everything else fillers
/// (objects like 这个/that, particles, the bot's names, politeness). A message that says anything more is not one.
/// The one reader of "only these words" messages (the rule layer's own reader was folded into it).
/// </summary>
public static class ShortReplies
{
    /// <summary>Names the bot may be addressed by ("谢谢小助手", "thanks bot"): they do not change what a short message says.</summary>
    private static readonly string[] Address =
    [
        "小助手", "助手", "小助理", "机器人", "客服", "亲", "bot", "robot", "buddy", "mate",
        // the union and its people as members call them (谢谢工会娘家人, 辛苦老师了, 好的师傅, thanks teacher)
        "工会", "娘家人", "老师", "同志们", "同志", "师傅", "领导", "工作人员", "大哥", "大姐", "姐姐", "哥", "姐", "美女", "帅哥", "小哥", "小姐姐", "你们", "大家",
        "teacher", "sir", "madam", "dear",
    ];

    /// <summary>Particles and politeness around a short reply (好的啊, 非常感谢您).</summary>
    private static readonly string[] Particles = ["您内", "你内", "啊", "呀", "哈", "哦", "噢", "嗯", "了", "啦", "您", "你", "很", "非常", "的", "吧", "嘛", "呢"];

    /// <summary>
    /// Calling it off as a grammar, not a list: a negator before a verb of doing or going on (不弄了, 甭整了, 别折腾了,
    /// 不想填了, 先不问了). Safe because the whole message must be such words and fillers: 不做饭了 leaves 饭.
    /// A bare 不 needs its 了 (不填了): 不填 alone is a plain "no" to what was asked, a form's way to leave a field out.
    /// </summary>
    private static readonly string[] Negators = ["别", "甭", "不用", "不要", "不想", "不必", "先不", "没必要", "用不着", "不需要"];

    private static readonly string[] DoingVerbs = ["弄", "整", "搞", "办", "做", "填", "选", "继续", "往下", "往下走", "问", "管", "玩", "折腾", "聊", "试", "操作", "麻烦"];

    /// <summary>
    /// Cancels that are also an answer to the question a prompt asks: "skip" leaves a form's field out, "no thanks"
    /// is a "no". A running dialog reads them as its answer first (<see cref="AnswersAPrompt"/>); elsewhere they call it off.
    /// </summary>
    private static readonly string[] PromptAnswers = ["skip", "skip it", "no thanks", "no thank you"];

    // "不了" / "先不了" are a "no" to the question just asked (确认报名？— 不了), not a cancel: a prompt reads them itself.
    private static readonly string[] CancelWords =
    [
        .. Negators.SelectMany(no => DoingVerbs.Select(verb => no + verb)),
        .. DoingVerbs.Select(verb => "不" + verb + "了"),
        .. PromptAnswers,
        "取消", "算了", "不要了", "不用了", "不需要了", "不继续",
        "停下", "停止", "停", "打住", "作废", "撤了", "撤销", "撤回", "罢了", "拉倒", "退出", "放弃", "别问了",
        "再说", "再弄", "再办", "先这样", "先到这儿", "先到这里", "先到这", "到此为止",
        // a slip of the finger: the member tapped or chose wrong and wants out
        "没事了", "没事儿了", "点错了", "按错了", "选错了", "弄错了", "搞错了", "打错了", "发错了", "输错了", "重来", "重新来",
        // chat endings in 啦 for 了 (算啦, 不用啦) and a deferral (我再想想)
        "算啦", "不用啦", "不要啦", "没事啦", "再想想",
        // 甭了 (Beijing: don't bother)
        "甭了", "甭啦",
        // going back a step (返回上一步, 刚才那个不算, go back): the step just taken is called off
        "返回上一步", "回到上一步", "回上一步", "退回上一步", "上一步", "返回", "退回", "不算了", "不算", "不作数", "go back", "back",
        "don t do it", "dont do it", "don t do that", "dont do that",
        "cancel", "stop", "quit", "abort", "exit", "never mind", "nevermind", "nvm", "forget it", "forget about it", "forget that", "scrap", "drop",
        "leave it", "let s not", "lets not", "not anymore", "not needed", "no longer needed", "don t need it", "dont need it", "no need", "don t want to continue", "dont want to continue", "do not want to continue", "changed my mind", "stop here",
        "don t bother", "dont bother", "undo", "wrong button", "pressed the wrong", "clicked the wrong", "my bad", "i m out", "im out",
    ];

    private static readonly string[] CancelFillers =
    [
        "刚才那个", "刚才的", "刚才", "这个", "那个", "这一步", "这步", "这些", "它", "掉", "我", "先", "还是", "要不", "得了", "哎呀", "哎", "唉", "嗯", "好吧", "行吧", "好", "行",
        "那", "就", "都", "一下", "全部", "下次", "改天", "回头", "以后", "一会儿", "等会", "想", "吧", "了", "啊", "呀", "哈", "嘛", "下去", "下来", "不好意思", "不对", "不是这个", "不是那个", "不是这样", "不是这些", "等等", "等一下", "没事儿", "没事", "当前操作", "操作", "当前", "流程", "这次", "谢谢", "谢了", "多谢", "自己",
        "it", "that", "this", "that one", "everything", "all", "please", "pls", "plz", "just", "ok", "okay", "nah", "no", "actually", "then", "now", "for now", "i want to",
        "i d like to", "i", "the", "whole thing", "anymore", "any more", "thing", "let s", "lets", "oh", "hmm", "sorry", "oops", "button", "one", "thanks", "thank you", "thx", "ty", "lol",
    ];

    /// <summary>An acknowledgement alone ("好的", "ok", "明白了") closes an exchange like a thanks and is answered like one.</summary>
    private static readonly string[] Acknowledgements = ["好的", "好嘞", "好滴", "得嘞", "明白了", "知道了", "懂了", "收到", "明白", "了解", "ok", "okay", "okk", "kk", "great", "got it", "noted"];

    /// <summary>
    /// Thanks said as the trouble the bot took (麻烦您了, 劳驾, 给您添麻烦了, 让您费心了, 您受累了: how older Beijingers thank),
    /// and a goodbye that closes the exchange (好的 拜拜, 回见, bye): both are answered like a thanks.
    /// </summary>
    private static readonly string[] TroubleTaken = ["麻烦您了", "麻烦您", "劳驾", "添麻烦了", "添麻烦", "费心了", "费心", "受累了", "受累", "辛苦您了", "辛苦你了"];

    private static readonly string[] Farewells = ["拜拜", "再见", "回见", "再会", "bye", "bye bye", "byebye", "see ya", "see you", "cya", "later"];

    private static readonly string[] ThanksWords =
    [
        .. Acknowledgements, .. TroubleTaken, .. Farewells,
        "谢谢", "多谢", "感谢", "谢了", "谢啦", "谢", "辛苦了", "辛苦", "3q", "蟹蟹", "麻烦了", "麻烦你了", "感恩", "感激", "帮了大忙", "帮大忙了",
        "thank you", "thank u", "thanks", "thx", "ty", "tks", "thks", "thnx", "thanx", "tq", "tx", "tysm", "cheers", "appreciate it", "appreciated", "appreciate", "many thanks", "lifesaver", "you re the best", "youre the best",
    ];

    private static readonly string[] ThanksFillers =
    [
        "好的", "好嘞", "好滴", "得嘞", "行", "收到", "明白了", "明白", "了解", "知道了", "懂了", "太好了", "有用", "真棒", "厉害", "万分", "太", "真", "嘞",
        "多", "大家", "让您", "让你", "给您", "给你", "问题解决了", "解决了", "清楚了", "有帮助", "帮到我了",
        "so much", "a lot", "lots", "very much", "so", "much", "again", "for the help", "for your help", "for helping", "for that", "really", "awesome", "perfect", "great", "nice",
        "cool", "ok", "okay", "man", "guys", "bro", "all", "a", "the", "help", "for", "got it", "you", "very", "super", "oh", "a ton", "heaps", "a bunch",
        "your", "the info", "info", "information", "your patience", "patience", "helpful", "that helps", "that helped", "it helps", "you re", "youre", "sorted", "it s", "its",
    ];

    private static readonly string[] GreetingWords =
    [
        "你好", "您好", "嗨", "哈喽", "哈啰", "哈罗", "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "早", "在吗", "在么", "在不在",
        "喂", "有人吗", "有人没", "问个好",
        // anyone there, asked any way (在线没, 有人在线吗, 有人在么)
        .. from who in new[] { "", "有人" } from at in new[] { "在", "在线" } from ask in new[] { "吗", "么", "没" } select who + at + ask, "问声好", "吃了吗", "吃了么", "吃了没", "吃了没有", "anyone there", "anybody there", "anyone here", "anybody here",
        "hello", "hi", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening", "greetings", "what s up", "whats up", "sup",
    ];

    /// <summary>
    /// Help asked in nothing but help words ("help 一下 怎么用", "咋弄啊这个 求助", "help pls, how does it work"): with no
    /// matter named, the how is of the bot itself. "工会卡怎么用" names a card and is not one.
    /// </summary>
    private static readonly string[] HelpWords =
    [
        "help", "帮助", "求助", "怎么用", "咋用", "怎么弄", "咋弄", "怎么整", "咋整", "怎么操作", "咋操作", "怎么使用", "使用说明",
        "how does it work", "how does this work", "how do i use it", "how do i use this", "how to use", "how does this thing work", "what do i do",
    ];

    private static readonly string[] HelpFillers = ["一下", "下", "这玩意儿", "这玩意", "这东西", "这个", "这", "都", "到底", "请问", "求", "急", "please", "pls", "plz", "me", "so", "um", "hmm", "uh", "ok", "okay", "here", "then"];

    private static readonly string[] GreetingFillers = ["大家", "哎", "喂", "请问", "跟你", "给你", "there", "everyone", "all", "again"];

    // Sorted once, longest first (the order the words are taken out in).
    private static readonly string[] CancelSorted = Longest(CancelWords);
    private static readonly string[] PromptAnswersSorted = Longest(PromptAnswers);
    private static readonly string[] CancelFillersSorted = Longest([.. CancelFillers, .. Address, .. Particles]);
    private static readonly string[] ThanksSorted = Longest(ThanksWords);
    private static readonly string[] ThanksFillersSorted = Longest([.. ThanksFillers, .. Address, .. Particles]);
    private static readonly string[] GreetingSorted = Longest(GreetingWords);
    private static readonly string[] GreetingFillersSorted = Longest([.. GreetingFillers, .. Address, .. Particles]);
    private static readonly string[] HelpSorted = Longest(HelpWords);
    private static readonly string[] HelpFillersSorted = Longest([.. HelpFillers, .. Address, .. Particles]);

    /// <summary>The Chinese thanks words of two characters or more, so the slip corrector leaves them as written (帮大忙了 is no term's slip).</summary>
    public static IEnumerable<string> ThanksVocabulary => ThanksWords.Where(w => w.Length >= 2 && w.All(TextNormalizer.IsHan));

    /// <summary>The greeting words, longest first (有人吗 before 有人), so what else a message says can be read without them.</summary>
    public static IEnumerable<string> GreetingVocabulary => GreetingSorted;

    public static bool Cancel(string normalized) => Only(normalized, CancelSorted, CancelFillersSorted);

    /// <summary>True when the message is only words a prompt may take as its answer ("skip", "no thanks"): no explicit cancel.</summary>
    public static bool AnswersAPrompt(string normalized) => Only(normalized, PromptAnswersSorted, CancelFillersSorted);

    public static bool Thanks(string normalized) => Only(normalized, ThanksSorted, ThanksFillersSorted);

    public static bool Greeting(string normalized) => Only(normalized, GreetingSorted, GreetingFillersSorted);

    public static bool Help(string normalized) => Only(normalized, HelpSorted, HelpFillersSorted);

    /// <summary>At least one of <paramref name="words"/>, and nothing left once they and the fillers (both longest first) are taken out.</summary>
    private static bool Only(string normalized, string[] words, string[] fillers)
    {
        if (normalized.Length == 0 || normalized.Length > 40)
        {
            return false;
        }

        var rest = " " + normalized + " ";
        var found = false;
        foreach (var word in words)
        {
            var taken = WordsTaken.Take(rest, word);
            found |= !ReferenceEquals(taken, rest);
            rest = taken;
        }

        if (!found)
        {
            return false;
        }

        foreach (var filler in fillers)
        {
            rest = WordsTaken.Take(rest, filler);
        }

        return rest.Trim().Length == 0;
    }

    private static string[] Longest(string[] words) => [.. words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
}
