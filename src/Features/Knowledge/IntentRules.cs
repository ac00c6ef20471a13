using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

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
    private static readonly string[] Unsubscribe = ["退订", "取消订阅", "不要再发", "别再发", "别发了", "不想收", "不再接收", "关闭通知", "关掉通知", "屏蔽通知", "不要通知", "unsubscribe", "stop notification", "stop notice", "stop sending", "opt out", "no more notice", "no more message"];
    private static readonly string[] Subscribe = ["订阅", "接收通知", "开通知", "打开通知", "开启通知", "通知我", "提醒我", "subscribe", "notify me", "turn on notification", "send me notice", "send me notification"];
    private static readonly string[] MySignUps = ["我的报名", "我报了", "报名记录", "报了哪些", "报了什么", "报名情况", "我报名的", "报名了哪", "报名了什么", "查报名", "my sign up", "my signup", "my registration", "what did i sign up", "my booking"];
    private static readonly string[] CancelSignUp = ["取消报名", "不去了", "退报", "退出报名", "撤销报名", "取消参加", "去不了", "不参加了", "cancel my sign", "cancel sign", "cancel my registration", "cancel registration", "cancel my booking", "withdraw", "can t make it", "cant make it", "cannot attend", "can t attend"];
    private static readonly string[] SignUp = ["报名", "我要参加", "我想参加", "帮我报", "算我一个", "sign me up", "sign up", "signup", "register", "book a place", "book me", "i want to join the", "i d like to join the"];
    private static readonly string[] HowQuestion = ["怎么", "如何", "流程", "在哪", "哪里", "条件", "要什么", "需要什么", "how", "where", "what do i need"];
    private static readonly string[] ActivityWords = ["活动", "有什么", "有啥", "安排", "好玩", "event", "activit", "what s on", "whats on", "going on", "anything on", "happening"];
    private static readonly string[] ActivityListing = ["近期活动", "最近活动", "最近有什么活动", "有什么活动", "有哪些活动", "活动安排", "最新活动", "活动列表", "upcoming", "what s on", "whats on", "any events"];
    private static readonly string[] OutOfScope = ["天气", "下雨", "气温", "股票", "股市", "基金", "彩票", "写诗", "作诗", "首诗", "诗歌", "唐诗", "笑话", "唱歌", "菜谱", "做饭", "房价", "比特币", "星座", "weather", "rain", "stock", "stocks", "share price", "poem", "poetry", "joke", "lottery", "bitcoin", "recipe", "horoscope", "football", "basketball", "nba", "球赛", "电影", "movie", "电视剧", "游戏", "video game"];

    /// <summary>A command or small-talk intent, or null when the message needs retrieval.</summary>
    public static Intent? Match(string raw, string normalized)
    {
        if (normalized.Length == 0)
        {
            return raw.Contains('?', StringComparison.Ordinal) || raw.Contains('？', StringComparison.Ordinal) ? Intent.Help : null;
        }

        var padded = " " + normalized + " ";
        if (Contains(normalized, padded, EndHandoff))
        {
            return Intent.EndHandoff;
        }

        if (Contains(normalized, padded, Handoff))
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

        if (Contains(normalized, padded, Unsubscribe))
        {
            return Intent.Unsubscribe;
        }

        if (Contains(normalized, padded, Subscribe))
        {
            return Intent.Subscribe;
        }

        if (Contains(normalized, padded, CancelSignUp))
        {
            return Intent.CancelSignUp;
        }

        if (Contains(normalized, padded, MySignUps))
        {
            return Intent.MySignUps;
        }

        if (Contains(normalized, padded, SignUp) && !Contains(normalized, padded, HowQuestion))
        {
            return Intent.SignUp;
        }

        return Contains(normalized, padded, ActivityListing) ? Intent.Activities : null;
    }

    /// <summary>True when a message with a time expression asks what is on ("这周末有什么", "周六有活动吗").</summary>
    public static bool AsksWhatIsOn(string normalized) => Contains(normalized, " " + normalized + " ", ActivityWords);

    public static bool IsOutOfScope(string normalized) => Contains(normalized, " " + normalized + " ", OutOfScope);

    /// <summary>Han phrases match anywhere; Latin phrases must start at a word boundary.</summary>
    private static bool Contains(string normalized, string padded, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var hit = phrase.Length > 0 && TextNormalizer.IsHan(phrase[0])
                ? normalized.Contains(phrase, StringComparison.Ordinal)
                : padded.Contains(" " + phrase, StringComparison.Ordinal);
            if (hit)
            {
                return true;
            }
        }

        return false;
    }

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
