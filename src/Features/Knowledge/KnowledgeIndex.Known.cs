namespace EngageBot.Features.Knowledge;

/// <summary>
/// Which words the knowledge base knows, and which entry knows them: the jieba words and English word stems of every
/// entry's questions, synonyms, everyday words, title and answer. <see cref="OutOfScopeDetector"/> reads a
/// question's content words against it: a subject no entry knows (车险, 房贷, 签证) is a sign the question is not the union's.
/// </summary>
public sealed partial class KnowledgeIndex
{
    /// <summary>For each known word ("j:工资", "w:claim"): the entries that hold it.</summary>
    private readonly Dictionary<string, HashSet<int>> _known = new(StringComparer.Ordinal);

    /// <summary>Every Chinese synonym and everyday word, one after another ("心情不好|心烦|…"), for words inside a term.</summary>
    private string _terms = string.Empty;

    private void IndexKnownWords(IReadOnlyList<KnowledgeEntry> entries)
    {
        _terms = string.Join('|', entries.SelectMany(e => e.Synonyms.Zh.Concat(e.Everyday.Zh)).Select(TextNormalizer.Normalize));
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var texts = entry.Questions.All.Concat(entry.Synonyms.All).Concat(entry.Everyday.All)
                .Append(entry.Title.Zh).Append(entry.Title.En).Append(entry.Answer.Zh).Append(entry.Answer.En);
            foreach (var text in texts)
            {
                foreach (var feature in Features(text).Keys.Where(f => f.StartsWith("j:", StringComparison.Ordinal) || f.StartsWith("w:", StringComparison.Ordinal)))
                {
                    (_known.TryGetValue(feature, out var holders) ? holders : _known[feature] = []).Add(e);
                }
            }
        }
    }

    /// <summary>How many entries hold <paramref name="feature"/> (a "j:" word or "w:" stem, as <see cref="TextFeatures"/> writes them); 0 when none knows it.</summary>
    public int Holders(string feature) => _known.TryGetValue(feature, out var holders) ? holders.Count : 0;

    /// <summary>
    /// Whether an English stem is a known word or one typing slip from one (an added, dropped or changed letter:
    /// "insurence", "memebr"): a misspelt known word is no unknown subject.
    /// </summary>
    public bool KnowsNear(string stem)
    {
        var deletions = _deletions.Value;
        if (_known.ContainsKey("w:" + stem) || deletions.Contains(stem))
        {
            return true;
        }

        for (var i = 0; i < stem.Length; i++)
        {
            var shorter = stem.Remove(i, 1);
            if (_known.ContainsKey("w:" + shorter) || deletions.Contains(shorter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every known English stem with one letter dropped, for <see cref="KnowsNear"/>.</summary>
    private Lazy<HashSet<string>> _deletions => _deletionsCache ??= new(() =>
        [.. _known.Keys.Where(k => k.StartsWith("w:", StringComparison.Ordinal)).Select(k => k[2..]).SelectMany(w => Enumerable.Range(0, w.Length).Select(i => w.Remove(i, 1)))]);

    private Lazy<HashSet<string>>? _deletionsCache;

    /// <summary>Whether <paramref name="word"/> is part of an entry's Chinese synonym or everyday word (心情 of 心情不好): a word the topic knows.</summary>
    public bool InTerms(string word) => _terms.Contains(word, StringComparison.Ordinal);
}
