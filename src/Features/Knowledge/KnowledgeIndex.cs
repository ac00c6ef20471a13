using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// TF-IDF retrieval over every sample question, synonym and title of the knowledge base. Each phrase is a
/// document; an entry scores the best cosine of its phrases, plus a bonus when the question literally
/// contains one of its synonyms. Built once per knowledge snapshot; lookups allocate little and take
/// microseconds.
/// </summary>
public sealed class KnowledgeIndex
{
    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly Dictionary<string, int> _featureIds = new(StringComparer.Ordinal);
    private readonly List<float> _idf = [];
    private readonly List<List<(int Doc, float Weight)>> _postings = [];
    private readonly List<int> _docEntry = [];
    private readonly (string Phrase, bool Latin)[][] _synonyms;
    private readonly float _unknownIdf;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        _entries = entries;
        var docs = new List<Dictionary<string, float>>();
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            foreach (var phrase in entry.Questions.All.Concat(entry.Synonyms.All).Append(entry.Title.Zh).Append(entry.Title.En))
            {
                var features = TextFeatures.Extract(TextNormalizer.Normalize(phrase));
                if (features.Count > 0)
                {
                    docs.Add(features);
                    _docEntry.Add(e);
                }
            }
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in docs.SelectMany(d => d.Keys))
        {
            df[feature] = df.GetValueOrDefault(feature) + 1;
        }

        foreach (var (feature, count) in df)
        {
            _featureIds[feature] = _idf.Count;
            _idf.Add(Idf(docs.Count, count));
            _postings.Add([]);
        }

        _unknownIdf = Idf(docs.Count, 1);
        for (var d = 0; d < docs.Count; d++)
        {
            var weights = docs[d].Select(kv => (Id: _featureIds[kv.Key], W: kv.Value * _idf[_featureIds[kv.Key]])).ToList();
            var norm = MathF.Sqrt(weights.Sum(w => w.W * w.W));
            foreach (var (id, w) in weights)
            {
                _postings[id].Add((d, w / norm));
            }
        }

        _synonyms = [.. entries.Select(e => e.Synonyms.All
            .Select(TextNormalizer.Normalize)
            .Where(s => s.Length > 0)
            .Select(s => (s, !s.Any(TextNormalizer.IsHan)))
            .ToArray())];
    }

    public int DocumentCount => _docEntry.Count;

    /// <summary>Entries ranked by score, best first; only entries with some overlap are returned.</summary>
    public IReadOnlyList<ScoredEntry> Search(string normalized, int take)
    {
        var scores = new double[_entries.Count];
        if (normalized.Length == 0)
        {
            return [];
        }

        var query = TextFeatures.Extract(normalized);
        var docScores = new Dictionary<int, float>();
        var queryNorm = 0f;
        foreach (var (feature, tf) in query)
        {
            if (_featureIds.TryGetValue(feature, out var id))
            {
                var q = tf * _idf[id];
                queryNorm += q * q;
                foreach (var (doc, w) in _postings[id])
                {
                    docScores[doc] = docScores.GetValueOrDefault(doc) + (q * w);
                }
            }
            else
            {
                var q = tf * _unknownIdf;
                queryNorm += q * q;
            }
        }

        queryNorm = MathF.Sqrt(queryNorm);
        if (queryNorm > 0)
        {
            foreach (var (doc, dot) in docScores)
            {
                var entry = _docEntry[doc];
                scores[entry] = Math.Max(scores[entry], dot / queryNorm);
            }
        }

        AddSynonymBonus(normalized, scores);
        return [.. scores
            .Select((score, e) => new ScoredEntry(_entries[e], score))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Take(take)];
    }

    private void AddSynonymBonus(string normalized, double[] scores)
    {
        var content = normalized.Count(c => c != ' ');
        var padded = " " + normalized + " ";
        for (var e = 0; e < _synonyms.Length; e++)
        {
            var matched = 0;
            var count = 0;
            foreach (var (phrase, latin) in _synonyms[e])
            {
                var hit = latin
                    ? padded.Contains(" " + phrase, StringComparison.Ordinal)
                    : normalized.Contains(phrase, StringComparison.Ordinal);
                if (hit)
                {
                    matched = Math.Max(matched, phrase.Count(c => c != ' '));
                    count++;
                }
            }

            if (count > 0)
            {
                var coverage = Math.Min(1.0, (double)matched / Math.Max(1, content));
                scores[e] += Math.Min(0.4, (0.12 * count) + (0.3 * coverage));
            }
        }
    }

    private static float Idf(int documents, int frequency) => MathF.Log(1 + ((float)documents / frequency));
}
