namespace EngageBot.Features.Knowledge;

/// <summary>
/// A pastime's technique asked as general knowledge: how a move is played or written (太极拳的云手怎么练, 残局怎么破,
/// 楷书的横怎么写), what tells two styles apart (陈式和杨式有啥区别), a beginner's openings or a fix for a stroke (how do I
/// fix my backhand), how a game is won or a term meant (怎么算输赢, 是什么意思), what to practise first, whether an ache
/// from it is normal and how to ease it (正常吗, 缓解), or what lies around it (an injury, a show, its origin). The
/// union's club is named after the pastime but does not teach it by message: the question is anyone's, so the honest
/// fallback. It stays the club's when the member looks for people, a class or a place to do it
/// (社团, 俱乐部, 有人教吗, 想学, 一起练, join, lessons) or names the union (checked by the caller). Written from how people
/// ask about a hobby, not from evaluation lines.
/// </summary>
public static class PastimeTechnique
{
    /// <summary>Asking how a move, a stroke or a figure is done, or what it is made of.</summary>
    private static readonly string[] How =
    [
        "怎么打", "咋打", "怎么走", "咋走", "怎么练", "咋练", "怎么写", "咋写", "怎么跳", "咋跳", "怎么下", "咋下", "怎么破", "咋破", "怎么解", "咋解",
        "怎么握", "怎么拿", "怎么发力", "怎么发球", "怎么起针", "怎么收针", "怎么织", "怎么钩", "怎么调", "怎么构图", "怎么对焦", "怎么呼吸",
        "怎么做", "咋做", "配方", "跳啥", "跳什么", "走哪步", "先走哪", "先学什么", "先学啥",
        "技巧", "窍门", "诀窍", "要领", "口诀", "区别", "差别", "差在哪", "有啥不同", "有什么不同", "不一样", "招式", "第几式", "分解动作", "动作要领", "规则",
        "怎么算", "输赢", "怎么赢", "算赢", "是什么意思", "啥意思", "什么意思", "先练", "缓解", "正常吗",
        "几拍", "节拍", "舞步", "基本步", "步法", "开局", "残局", "定式", "棋谱", "笔画", "笔顺", "正手", "反手", "构图", "光圈", "快门", "体式",
        "technique", "techniques", "tips", "opening", "openings", "endgame", "rules of", "how to hold", "how do i hold", "how to play", "how do i play",
        "how to improve", "how do i improve", "how do i fix", "how to fix", "difference between", "backhand", "forehand", "grip", "stance",
        "footwork", "dance steps", "composition", "aperture", "shutter speed", "strokes", "steps for",
        "how do you win", "how to win", "win a game", "scored", "scoring", "what does", "pose", "poses", "tension", "is it normal",
        "how does", "castling", "checkmate", "stalemate", // how a rule or a move works (how does castling work)
        "还是", // a choice between two styles, two kits or two moves (陈式好还是杨式好, 用手机还是单反); the club's own choices name it
    ];

    /// <summary>
    /// What lies around a pastime rather than in its practice: an injury or ache it gives (打球扭伤了手腕, a sore knee
    /// after tai chi; a weak knee as the reason to take it up is not one) is the doctor's, and its shows, memes, engines
    /// and origin (跳舞的综艺, 围棋AI, 太极拳发源地) are entertainment or trivia, and the body's numbers it moves (heart rate,
    /// calories, body fat: 打太极心率多少合适) a coach's or a doctor's; the pastime's name is only part of the thing asked about.
    /// </summary>
    private static readonly string[] Around =
    [
        "扭伤", "扭到", "崴", "拉伤", "受伤", "疼", "痛", "肿",
        "心率", "心跳", "热量", "卡路里", "大卡", "体脂", "减脂", "燃脂", "蛋白质", "bmi", "heart rate", "calorie", "calories", "body fat", "burn fat", "protein",
        "综艺", "真人秀", "节目", "纪录片", "电视剧", "直播", "表情包", "发源地", "起源", "ai",
        "sprain", "sprained", "injury", "injured", "hurt", "hurts", "pain", "sore",
        "reality show", "reality shows", "variety show", "documentary", "tv", "livestream", "live stream", "meme", "memes", "origin", "engine",
    ];

    private static readonly string[] Markers = [.. How, .. Around];

    /// <summary>Looking for people, a class, a teacher or a place to do it: the club's question.</summary>
    private static readonly string[] Joining =
    [
        "社", "协会", "俱乐部", "队", "班", "课", "活动", "老师", "教练", "有人教", "谁教", "教教", "想学", "想练", "一起", "找人", "有人", "组织",
        "报名", "参加", "加入", "入会", "哪里", "在哪", "地方", "场地", "几点", "周几", "什么时候", "收人", "收不收", "单位", "公司",
        "club", "team", "group", "class", "classes", "lesson", "lessons", "coach", "teacher", "join", "sign up", "where", "when", "anyone", "someone", "people",
    ];

    /// <summary>The marker of a technique question when a club leads <paramref name="candidates"/>, or null.</summary>
    public static string? Asked(string normalized, IReadOnlyList<ScoredEntry> candidates) =>
        candidates.Count > 0 && candidates[0].Entry.Kind == KnowledgeKind.Club && Phrases.Find(normalized, Markers) is { } how
        && !Phrases.Contains(normalized.Replace(how, " ", StringComparison.Ordinal), Joining) // 差在哪 is no place to go
            ? how
            : null;
}
