namespace EngageBot.Features.Knowledge;

/// <summary>
/// "想自考个本科 工会能补学费吗", "can the union help with my part-time degree fees": the member's own study named by its
/// own words (自考, 在职本科, 学历) is the study subsidy of skills training; 学费 alone leads to the hardship fund's school
/// aid, which is for a member's child (孩子考上大学学费凑不齐), so a child named keeps it there.
/// </summary>
public static class OwnStudy
{
    private const string Hardship = "hardship";
    private const string Training = "skills-training";

    /// <summary>Training must score at least this share of the hardship answer to take its place.</summary>
    private const double Near = 0.3;

    /// <summary>The hardship answer falls to this share of training's, so training is answered.</summary>
    private const double Behind = 0.6;

    /// <summary>Whose study it is when not the member's.</summary>
    private static readonly string[] Children =
    [
        "孩子", "子女", "儿子", "女儿", "娃", "闺女", "小孩", "弟弟", "妹妹", "kid", "kids", "child", "children", "son", "daughter",
    ];

    /// <summary><paramref name="candidates"/> with training first when hardship leads, training is named and no child is (the same list otherwise).</summary>
    public static IReadOnlyList<ScoredEntry> Decide(IReadOnlyList<ScoredEntry> candidates, string normalized)
    {
        if (candidates is not [{ Entry.Id: Hardship } top, ..] || Phrases.Contains(normalized, Children)
            || candidates.FirstOrDefault(c => c.Entry.Id == Training && c.Evidence > 0 && c.Score >= top.Score * Near) is not { } training)
        {
            return candidates;
        }

        return Promoted.Lead(candidates, training, top.Score, training.Evidence, c => c == top, Behind);
    }
}
