namespace EngageBot.Features.Knowledge;

/// <summary>
/// Short messages that are nothing but a cancel, a thanks or a greeting in everyday wording ("刚才那个取消掉吧",
/// "得嘞，谢了", "早啊", "cancel that", "thank you so much"): at least one word of the kind, everything else fillers
/// (objects like 这个/that, particles, the bot's names, politeness). A message that says anything more is not one.
/// </summary>
public static class ShortReplies
{
    // "不了" / "先不了" are a "no" to the question just asked (确认报名？— 不了), not a cancel: a prompt reads them itself.
    private static readonly string[] CancelWords =
    [
        "取消", "算了", "不要了", "不用了", "不弄了", "不整了", "不搞了", "不办了", "不做了", "不填了", "不选了", "不需要了", "不想弄了", "不想继续", "不继续", "不往下",
        "停下", "停止", "停", "打住", "作废", "撤了", "撤销", "撤回", "罢了", "拉倒", "退出", "放弃", "别问了", "不用问了", "不用麻烦了", "不麻烦了",
        "再说", "再弄", "再办", "先这样", "先到这儿", "先到这里", "先到这", "到此为止", "不用管了", "别管了",
        "cancel", "stop", "quit", "abort", "exit", "never mind", "nevermind", "nvm", "forget it", "forget about it", "forget that", "scrap", "drop",
        "leave it", "let s not", "lets not", "not anymore", "don t want to continue", "dont want to continue", "do not want to continue", "changed my mind", "stop here",
    ];

    private static readonly string[] CancelFillers =
    [
        "刚才那个", "刚才的", "刚才", "这个", "那个", "这一步", "这步", "这些", "它", "掉", "我", "先", "还是", "要不", "得了", "哎呀", "哎", "唉", "嗯", "好吧", "行吧", "好", "行",
        "那", "就", "都", "一下", "全部", "下次", "改天", "回头", "以后", "一会儿", "等会", "想", "吧", "了", "啊", "呀", "哈", "嘛",
        "it", "that", "this", "that one", "everything", "all", "please", "pls", "plz", "just", "ok", "okay", "nah", "no", "actually", "then", "now", "for now", "i want to",
        "i d like to", "i", "the", "whole thing", "thing", "let s", "lets", "oh", "hmm", "sorry",
    ];

    private static readonly string[] ThanksWords =
    [
        "谢谢", "多谢", "感谢", "谢了", "谢啦", "谢", "辛苦了", "辛苦", "3q", "蟹蟹", "麻烦了", "麻烦你了", "感恩", "感激", "thank you", "thank u", "thanks", "thx", "ty", "tysm",
        "cheers", "appreciate it", "appreciated", "appreciate", "many thanks",
    ];

    private static readonly string[] ThanksFillers =
    [
        "好的", "好嘞", "好滴", "得嘞", "行", "收到", "明白了", "明白", "了解", "知道了", "懂了", "太好了", "有用", "真棒", "厉害", "非常", "万分", "太", "真", "哈", "嘞", "啦",
        "了", "您", "你", "亲", "啊", "呀", "哦", "嗯", "很", "的", "多", "大家", "小助手", "助手", "机器人",
        "so much", "a lot", "lots", "very much", "so", "much", "again", "for the help", "for your help", "for helping", "for that", "really", "awesome", "perfect", "great", "nice",
        "cool", "ok", "okay", "mate", "man", "guys", "bro", "all", "a", "the", "help", "for", "got it", "you", "bot", "very", "super", "oh",
    ];

    private static readonly string[] GreetingWords =
    [
        "你好", "您好", "嗨", "哈喽", "哈啰", "哈罗", "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "早", "在吗", "在么", "在不在",
        "hello", "hi", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening", "greetings", "what s up", "whats up", "sup",
    ];

    private static readonly string[] GreetingFillers = ["小助手", "助手", "机器人", "亲", "大家", "啊", "呀", "哈", "呢", "哦", "there", "bot", "everyone", "all", "again"];

    // Longest first, sorted once (a stable sort, as the per-call OrderByDescending it replaces): every message asks all three.
    private static readonly string[] CancelWordsByLength = ByLength(CancelWords);
    private static readonly string[] CancelFillersByLength = ByLength(CancelFillers);
    private static readonly string[] ThanksWordsByLength = ByLength(ThanksWords);
    private static readonly string[] ThanksFillersByLength = ByLength(ThanksFillers);
    private static readonly string[] GreetingWordsByLength = ByLength(GreetingWords);
    private static readonly string[] GreetingFillersByLength = ByLength(GreetingFillers);

    public static bool Cancel(string normalized) => Only(normalized, CancelWordsByLength, CancelFillersByLength);

    public static bool Thanks(string normalized) => Only(normalized, ThanksWordsByLength, ThanksFillersByLength);

    public static bool Greeting(string normalized) => Only(normalized, GreetingWordsByLength, GreetingFillersByLength);

    private static string[] ByLength(string[] words) => [.. words.OrderByDescending(w => w.Length)];

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
            var taken = Take(rest, word);
            found |= !ReferenceEquals(taken, rest);
            rest = taken;
        }

        if (!found)
        {
            return false;
        }

        foreach (var filler in fillers)
        {
            rest = Take(rest, filler);
        }

        return rest.Trim().Length == 0;
    }

    /// <summary>Every place of <paramref name="word"/> blanked: anywhere for Chinese, as whole words for English.</summary>
    private static string Take(string rest, string word)
    {
        if (TextNormalizer.IsHan(word[0]))
        {
            return rest.Contains(word, StringComparison.Ordinal) ? rest.Replace(word, " ", StringComparison.Ordinal) : rest;
        }

        if (!HasPadded(rest, word))
        {
            return rest; // the common case, without building " word " for every English word of every list
        }

        var padded = " " + word + " ";

        while (rest.Contains(padded, StringComparison.Ordinal))
        {
            rest = rest.Replace(padded, "  ", StringComparison.Ordinal);
        }

        return rest;
    }

    /// <summary>True when <paramref name="rest"/> holds " <paramref name="word"/> " (the word between two spaces).</summary>
    private static bool HasPadded(string rest, string word)
    {
        for (var at = rest.IndexOf(word, 1, StringComparison.Ordinal); at > 0; at = rest.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (rest[at - 1] == ' ' && end < rest.Length && rest[end] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
