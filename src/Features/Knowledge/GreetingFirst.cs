namespace EngageBot.Features.Knowledge;

/// <summary>
/// A greeting that opens a message is not the message when something is asked after it: "在吗，帮我查下天气", "哈喽
/// 推荐本书", "hi, can you book me a taxi" are the ask (here someone else's matter: the honest fallback), and "你好，我是
/// 新会员，打声招呼" is still a greeting. The greeting words are taken out first, so 有人吗 and 在不在 ask nothing.
/// </summary>
public static class GreetingFirst
{
    /// <summary>Asking for something to be done or told (帮我, 推荐, 给我, can you…), beside the question words.</summary>
    private static readonly string[] Asks =
    [
        "帮我", "帮忙", "替我", "推荐", "给我", "告诉我", "查", "算", "写", "翻译", "我想", "我要", "想要", "想找", "求",
        "can you", "could you", "can u", "would you", "help me", "tell me", "show me", "recommend", "i want", "i need", "i d like", "please", "pls",
    ];

    /// <summary>The bot addressed as the one asked about, or how things are (你好，今天忙不; 最近好吗; hi, how are you): still the greeting's small talk.</summary>
    private static readonly string[] Bot = ["你", "您", "小助手", "助手", "机器人", "最近好", "好久不见", "you", "u", "ya", "how s it going", "how is it going"];

    /// <summary>Someone else named as the one asked about: 你们 is the union, 我 the member's own matter.</summary>
    private static readonly string[] NotTheBot = ["你们", "您们", "我", "工会", "my", "me", "i", "we", "our"];

    /// <summary>True when, the greeting words taken out, what is left asks a question or for something, not only how the bot is.</summary>
    public static bool AsksAfter(string normalized)
    {
        var rest = WordsTaken.Rest(normalized, ShortReplies.GreetingVocabulary).Trim();
        if (rest.Length == 0 || Phrases.Contains(rest, Asks))
        {
            return rest.Length > 0;
        }

        return ActionPhrases.IsQuestion(rest, rest) && !(Phrases.Contains(rest, Bot) && !Phrases.Contains(rest, NotTheBot));
    }
}
