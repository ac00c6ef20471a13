namespace EngageBot.Features.Knowledge;

/// <summary>
/// Weak evidence from the answer texts: an answer says what its topic is about (who it serves, when, what one gets),
/// so a question that describes the need in other words than the entry's questions and synonyms (a situation)
/// still shares words and meaning classes (<see cref="MeaningClasses"/>) with the answer that meets it. Only words
/// and classes count (not character n-grams, which long answers share with everything), each once per answer and
/// weighted by how few answers hold it; a question word no answer holds counts against every answer alike.
/// </summary>
public sealed partial class KnowledgeIndex
{
    /// <summary>Weight of the answers' cosine beside the phrases' best cosine (measured on dev.tsv: 0.3 cost out-of-scope fallbacks).</summary>
    private const double AnswerWeight = 0.15;

    /// <summary>For each word or class of the answers: the entries whose answer holds it, with its weight there (idf over the unit-length answer).</summary>
    private readonly Dictionary<string, (int Entry, float Weight)[]> _answerPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float> _answerIdf = new(StringComparer.Ordinal);

    private static bool IsMeaningFeature(string feature) =>
        feature.StartsWith("j:", StringComparison.Ordinal) || feature.StartsWith("m:", StringComparison.Ordinal) || feature.StartsWith("w:", StringComparison.Ordinal);

    private void IndexAnswers(IReadOnlyList<KnowledgeEntry> entries)
    {
        var sets = entries.Select(e => Features(e.Answer.Zh + "\n" + e.Answer.En).Keys
            .Where(IsMeaningFeature).ToHashSet(StringComparer.Ordinal)).ToList();
        foreach (var group in sets.SelectMany(s => s).GroupBy(f => f, StringComparer.Ordinal))
        {
            _answerIdf[group.Key] = Idf(entries.Count, group.Count());
        }

        var postings = new Dictionary<string, List<(int, float)>>(StringComparer.Ordinal);
        for (var e = 0; e < sets.Count; e++)
        {
            var norm = MathF.Sqrt(sets[e].Sum(f => _answerIdf[f] * _answerIdf[f]));
            foreach (var feature in sets[e])
            {
                (postings.TryGetValue(feature, out var list) ? list : postings[feature] = []).Add((e, _answerIdf[feature] * _answerIdf[feature] / norm));
            }
        }

        foreach (var (feature, list) in postings)
        {
            _answerPostings[feature] = [.. list];
        }
    }

    private void AddAnswerEvidence(Dictionary<string, float> query, double[] scores)
    {
        var norm = 0f;
        foreach (var feature in query.Keys)
        {
            if (IsMeaningFeature(feature))
            {
                var idf = _answerIdf.GetValueOrDefault(feature, _unknownIdf);
                norm += idf * idf;
            }
        }

        if (norm == 0)
        {
            return;
        }

        norm = MathF.Sqrt(norm);
        foreach (var feature in query.Keys)
        {
            // A word the entries' own phrases hold is weighed there already; the answers add only what the phrases lack.
            if (!_featureIds.ContainsKey(feature) && _answerPostings.TryGetValue(feature, out var postings))
            {
                foreach (var (entry, weight) in postings)
                {
                    scores[entry] += AnswerWeight * weight / norm;
                }
            }
        }
    }
}
