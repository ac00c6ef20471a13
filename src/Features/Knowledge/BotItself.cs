namespace EngageBot.Features.Knowledge;

/// <summary>
/// Questions about the bot itself: what it is (真人还是机器人, are you a bot), who made it, its name, age, partner or
/// likes. Small talk the bot has no topic for: the honest fallback, not a hand-off (真人 is asked about, not asked for),
/// the help menu (你是谁开发的 is not 你是谁) or a topic (男朋友 is not the singles' socials). A message that also
/// reaches for a person (帮我转真人, I want a real person) is still a hand-off. Written from how people chat with a bot,
/// not from evaluation lines.
/// </summary>
public static class BotItself
{
    /// <summary>
    /// A remark on what the bot is like (你好逗, 你真笨, 你也太厉害了, 你咋这么官方): "you" and a degree word before a trait.
    /// 你好 is then "you are so", not a greeting; an address (你好小助手) or a question (你好请问) is no trait.
    /// </summary>
    private static readonly string[] Traits =
    [
        .. from you in new[] { "你好", "你真", "你太", "你可真", "你也太", "你挺", "你很", "你这么", "你咋这么", "你怎么这么", "你有点" }
           from trait in new[] { "聪明", "厉害", "棒", "笨", "逗", "可爱", "搞笑", "有趣", "有意思", "好玩", "傻", "呆", "蠢", "机灵", "机智", "贴心", "暖", "温柔", "懂事", "能干", "牛", "烦", "啰嗦", "官方", "死板", "敷衍", "冷漠", "幽默", "调皮", "乖", "萌", "无聊", "客气", "礼貌", "耐心", "靠谱", "智能", "智障" }
           select you + trait,
    ];

    /// <summary>
    /// A pastime asked of the bot (你会下棋吗, 你平时打网球不, 你也练瑜伽啊): the bot's own hobbies, not the club's; a club
    /// asked about beside it names the union or a condition (Anyone) and stays a question for the knowledge.
    /// </summary>
    private static readonly string[] Pastimes =
    [
        .. from you in new[] { "你会", "你会不会", "你也会", "你平时", "你也", "你还会", "你玩" }
           from pastime in new[] { "下棋", "下象棋", "下围棋", "打网球", "打球", "打太极", "练太极", "跳舞", "练瑜伽", "做瑜伽", "写书法", "写毛笔字", "画画", "拍照", "摄影", "唱歌", "游泳", "跑步", "打麻将", "打游戏", "玩游戏", "做手工", "插花", "钓鱼", "做饭", "打牌" }
           select you + pastime,
    ];

    /// <summary>
    /// A living thing's need asked of the bot by its name (机器人也要休息吗, 小助手会累不, 你们机器人放假吗): the
    /// bot's nature, as 你累不累 is; a rest station or a break asked for a worker names no bot.
    /// </summary>
    private static readonly string[] Needs =
    [
        .. from name in new[] { "机器人", "小助手" }
           from may in new[] { "", "也", "也要", "也会", "也得", "也需要", "要", "会", "还要", "需要" }
           from need in new[] { "休息", "睡觉", "吃饭", "下班", "放假", "累" }
           select name + may + need,
    ];

    /// <summary>你 followed by what the bot is or has (你们 would be the union's staff, and matches none of these).</summary>
    private static readonly string[] AboutYou =
    [
        "你是真人", "你是人", "你是机器", "你是不是真人", "你是不是人", "你是不是机器", "你是ai", "你是人工智能", "你是男", "你是女",
        "你是谁开发", "你是谁做", "你是谁写", "你是谁造", "你是谁发明", "你是哪家", "你是哪个公司", "你是什么做的", "你是什么东西",
        "谁开发的你", "谁做的你", "谁造的你", "谁发明的你", "谁写的你", "谁把你",
        "你叫什么", "你叫啥", "你的名字", "你有名字", "你名字",
        "你几岁", "你多大", "你今年多大", "你多少岁", "你生日",
        "你有男朋友", "你有女朋友", "你有对象", "你结婚", "你谈恋爱", "你单身", "你有老公", "你有老婆",
        "你喜欢", "你爱吃", "你最爱", "你会唱", "你会不会唱", "你会跳", "你累不累", "你会累", "你累吗", "你睡觉", "你要休息", "你休息吗", "你吃饭了", "你吃了吗",
        "你开心吗", "你难过吗", "你有感情", "你住哪", "你在哪上班", "你长什么样", "你长啥样",
        // what the bot is doing now (在干嘛, 忙啥呢): a chat opener, asked of no one else in a message this short
        "在干嘛", "在干啥", "在干什么", "在忙啥", "在忙什么", "忙啥呢", "干嘛呢", "干啥呢",
        .. Traits, .. Pastimes, .. Needs,
    ];

    private static readonly string[] AboutYouEnglish =
    [
        "are you a robot", "are you a bot", "are you a human", "are you human", "are you a real", "are you real", "are you a person",
        "are you an ai", "are you ai", "are you a machine", "are you a man", "are you a woman", "are you a girl", "are you a guy",
        "who made you", "who built you", "who created you", "who programmed you", "who developed you", "who wrote you", "who owns you",
        "what s your name", "whats your name", "what is your name", "your name", "ur name", "how old are you", "how old r u", "how old are u",
        "do you have a boyfriend", "do you have a girlfriend", "are you single", "are you married", "do you like", "your favourite", "ur favourite",
        "your favorite", "ur favorite", "do you sleep", "do you eat", "are you tired", "do you get tired", "do you have feelings", "where do you live",
        "what are you doing", "what are u doing", "what r u doing", "what you doing", "whatcha doing", "what are you up to", "what r u up to", "wyd",
        // a pastime asked of the bot (do u do yoga, can you dance, do you play chess)
        .. from you in new[] { "do you", "do u", "can you", "can u", "d you", "you ever" }
           from pastime in new[] { "do yoga", "play chess", "play tennis", "play ball", "dance", "do tai chi", "paint", "sing", "swim", "do calligraphy", "take photos", "play games", "cook" }
           select you + " " + pastime,
    ];

    /// <summary>Reaching for a person or asking for something done: then the bot's nature is the reason, not the question.</summary>
    private static readonly string[] Reaching =
    [
        "找", "转", "换", "接", "联系", "帮我", "给我", "叫个", "要真人", "要人工", "要个真人", "要个人",
        "talk to", "speak to", "get me", "i want", "i need", "connect", "transfer", "put me through",
    ];

    /// <summary>
    /// 你 as anyone, not the bot: a condition (你结婚的话, 如果你单身, if you like yoga) or the union named beside it (你生孩子工会给补贴吗,
    /// 你有对象了还能参加联谊吗): the member asks about themselves, a question for the knowledge.
    /// </summary>
    private static readonly string[] Anyone =
    [
        "的话", "如果", "要是", "假如", "万一", "还能", "能不能", "可不可以", "工会", "会员", "if you", "when you", "once you", "union", "member",
    ];

    /// <summary>True when the message asks about the bot itself and reaches for nothing.</summary>
    public static bool Asked(string normalized) =>
        (Phrases.Contains(normalized, AboutYou) || Phrases.Contains(normalized, AboutYouEnglish))
        && !Phrases.Contains(normalized, Reaching) && !Phrases.Contains(normalized, Anyone);
}
