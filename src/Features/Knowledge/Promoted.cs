namespace EngageBot.Features.Knowledge;

/// <summary>
/// The re-rank shared by the rules that find a runner-up is what was asked (<see cref="ContextWords"/>,
/// <see cref="GainAsked"/>, <see cref="EventGifts"/>, <see cref="CardGainAsked"/>, <see cref="OwnStudy"/>): that entry takes the leader's score, and those it passes fall to a share of it, so the
/// answer policy sees one clear leader rather than a tie to ask back about.
/// </summary>
public static class Promoted
{
    /// <summary>
    /// <paramref name="candidates"/> with <paramref name="asked"/> at <paramref name="score"/> and
    /// <paramref name="evidence"/>, first; every one <paramref name="passed"/> no higher than <paramref name="behind"/>
    /// of that score.
    /// </summary>
    public static IReadOnlyList<ScoredEntry> Lead(
        IReadOnlyList<ScoredEntry> candidates, ScoredEntry asked, double score, int evidence, Func<ScoredEntry, bool> passed, double behind)
    {
        var lead = asked with { Score = score, Evidence = evidence };
        return [.. candidates.Where(c => c.Entry.Id != asked.Entry.Id)
            .Select(c => passed(c) ? c with { Score = Math.Min(c.Score, score * behind) } : c)
            .Prepend(lead).OrderByDescending(c => c.Score)];
    }
}
