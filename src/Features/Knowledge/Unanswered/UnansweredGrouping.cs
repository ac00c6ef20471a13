using EngageBot.Core.Turns;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>
/// Groups similar questions greedily: each question (newest first) joins the group of the same language whose first
/// question shares the most character bigrams with it (Jaccard at least <see cref="Threshold"/>), or starts a new one.
/// Bounded: at most <see cref="MaxGroups"/> groups, so the work is questions × groups set comparisons.
/// </summary>
public static class UnansweredGrouping
{
    public const double Threshold = 0.3;
    public const int MaxGroups = 100;
    private const int MaxTexts = 5;

    public static IReadOnlyList<UnansweredGroup> Group(IReadOnlyList<UnansweredQuestion> newestFirst)
    {
        var groups = new List<(HashSet<string> Bigrams, Language Language, List<UnansweredQuestion> Members)>();
        foreach (var question in newestFirst)
        {
            var bigrams = Bigrams(question.Text);
            var best = -1;
            var bestScore = Threshold;
            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Language != question.Language)
                {
                    continue;
                }

                var score = Jaccard(bigrams, groups[i].Bigrams);
                if (score >= bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            if (best >= 0)
            {
                groups[best].Members.Add(question);
            }
            else if (groups.Count < MaxGroups)
            {
                groups.Add((bigrams, question.Language, [question]));
            }
        }

        return [.. groups.Select(g => View(g.Members)).OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen)];
    }

    /// <summary>Character bigrams of the normalized text, spaces and masked digits left out (a lone character counts as one).</summary>
    public static HashSet<string> Bigrams(string text)
    {
        var letters = new string([.. TextNormalizer.Normalize(text).Where(c => !char.IsWhiteSpace(c) && c != DigitMask.Mask)]);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            set.Add(letters.Substring(i, 2));
        }

        if (set.Count == 0 && letters.Length == 1)
        {
            set.Add(letters);
        }

        return set;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1 : 0;
        }

        var shared = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static UnansweredGroup View(List<UnansweredQuestion> members)
    {
        var newest = members[0];
        var closest = members.Where(m => m.TopEntry is not null).GroupBy(m => m.TopEntry!).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var reading = members.GroupBy(m => m.Reading).OrderByDescending(g => g.Count()).First().Key;
        return new UnansweredGroup(
            newest.Text,
            [.. members.Select(m => m.Text).Distinct(StringComparer.Ordinal).Take(MaxTexts)],
            members.Count,
            newest.At,
            newest.Language == Language.English ? "en" : "zh",
            reading switch
            {
                UnansweredReading.OffTopic => "off_topic",
                UnansweredReading.Clarify => "clarify",
                UnansweredReading.LowConfidence => "low_confidence",
                _ => "none",
            },
            closest,
            [.. members.Select(m => m.Id)]);
    }
}
