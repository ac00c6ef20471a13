namespace EngageBot.Features.Knowledge;

/// <summary>
/// "What can you do", asked of the bot in a member's own words: the bot named (你, 这儿, 机器人, 小程序, bot) and
/// right after it what it can do asked for (能干啥, 会些啥, 都能办啥事, 都支持啥, 是干嘛的), or in English "what can
/// u help me with", "what is this thing for", "how does this bot work". The union itself asked about (你们工会能
/// 办啥, 工会卡有什么用) is a question for the knowledge base, and so is anything asked "about" a matter.
/// </summary>
public static class HelpPhrases
{
    /// <summary>Names of the bot itself: any of its abilities asked after them is help.</summary>
    private static readonly string[] BotNames = ["机器人", "小助手", "助手", "小程序", "公众号", "这个号", "本号", "bot", "chatbot", "robot"];

    /// <summary>"You" and "here": the bot only when the union is not named (你们工会能办啥 asks about the union).</summary>
    private static readonly string[] Here = ["你", "这儿", "这里", "在这"];

    private static readonly string[] Abilities =
    [
        "能干啥", "能干嘛", "能干什么", "会些啥", "会些什么", "会什么", "会啥", "会干啥", "会干嘛", "能办啥", "能办什么", "能办哪些", "办哪些事", "办啥事",
        "支持啥", "支持什么", "支持哪些", "能做啥", "能做什么", "能帮我做什么", "能帮我干嘛", "能帮我干啥", "能帮啥", "能帮什么", "能帮上什么",
        "能问啥", "能问什么", "问哪些", "是干嘛的", "是干什么的", "是做什么的", "干嘛用", "干什么用", "做什么用",
        // can + (help me) + do + (a bit of) + what, as people run it together: 能帮我干点啥, 可以帮忙办些什么, 会做点儿啥
        .. from can in new[] { "能", "会", "可以" }
           from help in new[] { "", "帮我", "帮", "帮忙", "给我" }
           from verb in new[] { "干", "做", "办", "弄" }
           from some in new[] { "", "点", "些", "点儿" }
           from what in new[] { "啥", "什么", "事" }
           select can + help + verb + some + what,
        // can + a bit of + what, the verb left out (你会点啥, 你都能些啥)
        .. from can in new[] { "会", "能" }
           from some in new[] { "点", "点儿", "些" }
           from what in new[] { "啥", "什么" }
           select can + some + what,
    ];

    /// <summary>How far after the bot's name its ability may be asked: 你这儿都能办啥, 这个 bot 都支持啥.</summary>
    private const int Reach = 4;

    /// <summary>What a thing is for: only of the bot by name (工会卡有什么用 is a card question).</summary>
    private static readonly string[] Uses = ["有啥用", "有什么用", "怎么用", "咋用", "怎么玩", "咋整", "怎么整", "咋弄", "怎么弄", "咋使", "怎么使"];

    /// <summary>What the bot is called in English questions about it ("what does this chat do", "how does this app work").</summary>
    private static readonly string[] EnglishNames = ["bot", "thing", "chat", "account", "app", "assistant"];

    /// <summary>"what" as chat types it (wat, wut).</summary>
    private static readonly string[] Whats = ["what", "wat", "wut"];

    private static readonly string[] English =
    [
        "what is this for", "what s this for", "whats this for", "what it does", "what can i do here", "what do you do",
        .. from what in Whats
           from asked in new[] { " can you help", " can u help", " can you do", " can u do", " can i ask", " stuff can", " things can", " kind of things can", " sort of things can", " kind of stuff can", " sort of stuff can" }
           select what + asked,
        .. from name in EnglishNames
           from frame in new[] { "what is this {0} for", "what s this {0} for", "whats this {0} for", "what does this {0} do", "what this {0} does", "how does this {0}", "how this {0} works", "how do i use this {0}" }
           select string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, name),
        "how do i use this",
    ];

    /// <summary>"what can you do about…" asks about a matter, not about the bot.</summary>
    private static readonly string[] About = ["about"];

    /// <summary>"咋用啊这个", "都能干啥呀你": chat puts the bot after its question, with nothing else said.</summary>
    private static readonly string[] AfterNames = ["这玩意儿", "这玩意", "这东西", "这个", "你"];

    /// <summary>True when the message asks what the bot is for or can do.</summary>
    public static bool Asks(string normalized)
    {
        if (!normalized.Any(TextNormalizer.IsHan))
        {
            return Phrases.Contains(normalized, English) && !Phrases.Contains(normalized, About);
        }

        return AsksForMenu(normalized) || NearWords.Near(normalized, BotNames, Abilities, Reach) || NearWords.Near(normalized, BotNames, Uses, Reach) || AskedBeforeName(normalized)
            || (!normalized.Contains("工会", StringComparison.Ordinal) && NearWords.Near(normalized, Here, Abilities, Reach));
    }

    /// <summary>The bot's menu asked for in a few words (菜单在哪, 把菜单发我, 发个菜单看看): a menu of food is someone else's.</summary>
    private static bool AsksForMenu(string normalized) =>
        normalized.Length <= MenuMessage && Phrases.Contains(normalized, Menus) && !Phrases.Contains(normalized, Food);

    private const int MenuMessage = 10;
    private static readonly string[] Menus = ["菜单", "功能表", "功能列表", "目录"];
    private static readonly string[] Food = ["食堂", "饭", "餐", "菜品", "点菜", "外卖", "吃", "奶茶", "咖啡", "酒"];

    private static bool AskedBeforeName(string normalized)
    {
        var text = normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var name in AfterNames)
        {
            if (text.Length > name.Length && text.EndsWith(name, StringComparison.Ordinal))
            {
                var asked = text[..^name.Length].TrimEnd('啊', '呀', '呢', '哈', '嘛').TrimStart('都');
                return Uses.Contains(asked) || Abilities.Contains(asked);
            }
        }

        return false;
    }
}
