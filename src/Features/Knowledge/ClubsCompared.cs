namespace EngageBot.Features.Knowledge;

/// <summary>
/// "瑜伽俱乐部和太极俱乐部哪个适合我", "yoga club or tai chi club, which one": two clubs each named by their own words
/// and weighed against each other ask which club to pick, which the clubs overview answers (it lists both); the first
/// club's own answer would leave the second unanswered.
/// </summary>
public static class ClubsCompared
{
    private const string Overview = "clubs";

    /// <summary>How close behind the first club the second must be to be weighed against it.</summary>
    private const double Close = 0.6;

    /// <summary>Those passed fall to this share of the overview's score.</summary>
    private const double Behind = 0.6;

    /// <summary>Weighing one against the other: which one, or, 还是, 哪个.</summary>
    private static readonly string[] Weighed = ["哪个", "哪一个", "还是", "which", "or"];

    /// <summary>Weighed for the body (对膝盖好, 减肥快, better for my back): a coach's or a doctor's question, not which club to join.</summary>
    private static readonly string[] ForTheBody = ["膝盖", "腰", "颈椎", "关节", "减肥", "减脂", "身体", "健康", "血压", "knee", "knees", "back pain", "weight", "health", "joints"];

    /// <summary>
    /// <paramref name="candidates"/> with the clubs overview first when two named clubs lead and the message weighs
    /// them; <paramref name="wider"/> ranks the message over more entries.
    /// </summary>
    public static IReadOnlyList<ScoredEntry> Decide(IReadOnlyList<ScoredEntry> candidates, string normalized, Func<IReadOnlyList<ScoredEntry>> wider)
    {
        if (candidates is not [{ Entry.Kind: KnowledgeKind.Club, Evidence: > 0 } first, { Entry.Kind: KnowledgeKind.Club, Evidence: > 0 } second, ..]
            || second.Score < first.Score * Close || !Phrases.Contains(normalized, Weighed) || Phrases.Contains(normalized, ForTheBody)
            || (candidates.FirstOrDefault(c => c.Entry.Id == Overview) ?? wider().FirstOrDefault(c => c.Entry.Id == Overview)) is not { } overview)
        {
            return candidates;
        }

        return Promoted.Lead(candidates, overview, first.Score, first.Evidence, c => c.Entry.Kind == KnowledgeKind.Club, Behind);
    }
}
