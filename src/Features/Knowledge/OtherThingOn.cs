namespace EngageBot.Features.Knowledge;

/// <summary>
/// "今晚有啥电视剧", "周末有什么电影", "明天有啥好吃的": a time and "what is there" ask for the thing named after the
/// which-word, not for the union's activities. Only when that thing is no kind of activity (活动, 课, 好玩的, 讲座…)
/// does the listing step aside; "这周末有啥" and "周六有什么好玩的" still ask what is on.
/// </summary>
public static class OtherThingOn
{
    private static readonly string[] Which = ["有什么", "有啥", "有哪些", "有些啥", "有些什么", "有没有什么", "有没有啥"];

    private static readonly string[] Particles = ["吗", "呢", "没", "没有", "啊", "呀", "吧", "嘛", "不", "的", "好的", "了", "可以", "能"];

    /// <summary>Words that name an activity or a plan: the thing asked about is then one of the union's.</summary>
    private static readonly string[] ActivityKinds =
    [
        "活动", "安排", "好玩", "玩的", "去处", "去的", "能去", "可去", "参加", "参与", "课", "班", "讲座", "培训", "比赛", "竞赛", "体验", "外拍", "俱乐部", "社", "演出", "表演", "展", "聚会", "联谊", "团建", "节目",
        "event", "activit", "class", "session", "workshop",
    ];

    /// <summary>True when the thing asked for after the which-word is named and is no activity.</summary>
    public static bool Asked(string normalized)
    {
        normalized = ActivityAsTime.After(normalized) ?? normalized; // 社团活动完了…今晚有啥好片: the activity is only when
        var which = Phrases.Find(normalized, Which);
        if (which is null || Phrases.Contains(normalized, ActivityKinds))
        {
            return false;
        }

        var thing = WordsTaken.Rest(normalized[(Phrases.IndexOf(normalized, which) + which.Length)..], Particles).Trim();
        return thing.Length > 0;
    }
}
