namespace EngageBot.Features.Knowledge;

/// <summary>
/// "这周末去哪玩比较好", "放假去哪儿逛逛", "where should i go this weekend": where to go for fun is leisure advice, someone
/// else's matter, not the union's activities listing. The union, its activities or a club named beside it ("周末去哪玩，
/// 工会有活动吗") keeps it a question for the knowledge.
/// </summary>
public static class WhereToGo
{
    private static readonly string[] Asked =
    [
        .. from go in new[] { "去哪", "去哪儿", "去哪里", "上哪", "上哪儿" }
           from fun in new[] { "玩", "逛", "耍", "浪", "溜达", "转转", "玩玩", "逛逛" }
           select go + fun,
        "哪里好玩", "哪儿好玩", "哪好玩", "什么地方好玩", "啥地方好玩",
        "where should i go", "where to go", "where can i go for fun", "where to hang out", "where should we go",
    ];

    private static readonly string[] Union = ["工会", "活动", "俱乐部", "社团", "union", "activit", "event", "club"];

    public static bool Asks(string normalized) => Phrases.Contains(normalized, Asked) && !Phrases.Contains(normalized, Union);
}
