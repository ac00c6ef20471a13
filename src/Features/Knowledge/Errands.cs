using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// A place the member goes to or picks (should I go to the hospital, take him to hospital, which hospital is best, any
/// good driving school): the member's own errand, a doctor's or a shop's matter, not the union's service, though mutual
/// aid's word is "hospital". Only money asked about (the bill, a claim, what it costs) makes the hospital the union's
/// business; the union or work named makes the question the union's anyway. English only: a Chinese 去医院 is as often
/// where the union's check-up is done.
/// </summary>
public static partial class Errands
{
    private static readonly string[] Money =
    [
        "bill", "bills", "cost", "costs", "pay", "paid", "paying", "money", "claim", "claims", "cover", "covered", "reimburse", "refund",
        "insurance", "expenses", "fee", "fees", "afford", "aid", "help",
    ];

    /// <summary>
    /// The place the member goes to or chooses, or null; also null when a close topic's own word other than the place
    /// explains the question (go to the hospital for the checkup). <paramref name="topicWords"/> are normalized.
    /// </summary>
    public static string? Place(string normalized, IEnumerable<string> topicWords)
    {
        if (normalized.Any(TextNormalizer.IsHan) || Phrases.Contains(normalized, Money))
        {
            return null;
        }

        var match = Going().Match(normalized);
        if (!match.Success)
        {
            match = Choosing().Match(normalized);
        }

        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value;
        var own = topicWords.Where(w => w.Length > 2 && !w.Any(TextNormalizer.IsHan) && !w.Contains(place, StringComparison.Ordinal));
        return own.Any(w => Phrases.IndexOf(normalized, w) >= 0) ? null : place;
    }

    [GeneratedRegex(@"\b(go|going|goes|went|take|taking|bring|send|rush)\b(\s+\w+){0,2}?\s+to\s+(the\s+|a\s+)?(?<place>hospital|clinic|er|emergency room|school|kindergarten)\b")]
    private static partial Regex Going();

    [GeneratedRegex(@"\b(which|any good|a good|good|best|the best|nearest|recommend a)\s+(?<place>hospital|clinic|school|kindergarten|driving school|daycare)s?\b")]
    private static partial Regex Choosing();
}
