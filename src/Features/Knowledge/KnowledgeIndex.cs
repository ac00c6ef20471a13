using System.Buffers;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// TF-IDF retrieval over every sample question, synonym and title of the knowledge base. Each phrase is a
/// document; an entry scores the best cosine of its phrases, plus weak evidence from its answer text (KnowledgeIndex.Answers.cs) and a bonus when the question contains one of
/// its synonyms as a whole word (so 领 does not fire inside 领导), a smaller one for its everyday words. The entries' Chinese terms become user words
/// of the segmenter and the vocabulary of the <see cref="Corrector"/>. Built once per knowledge snapshot;
/// lookups take tens of microseconds.
/// </summary>
public sealed partial class KnowledgeIndex
{
    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly Dictionary<string, int> _featureIds = new(StringComparer.Ordinal);
    private readonly List<float> _idf = [];
    /// <summary>Each feature's phrases and weights: lists while the index is built, arrays to walk per question.</summary>
    private readonly (int Doc, float Weight)[][] _postings;
    private readonly List<int> _docEntry = [];
    private readonly MatchPhrase[][] _synonyms;
    private readonly MatchPhrase[][][] _heldIn;
    private readonly MatchPhrase[][] _cues;
    private readonly Dictionary<string, int> _synonymShare = new(StringComparer.Ordinal);
    private readonly float _unknownIdf;
    private readonly double[] _entryNorm;

    private static readonly string[] TitleQuestionWords = ["怎", "什么", "如何", "哪", "吗"];

    /// <summary>Weight of an entry's whole vocabulary (all its phrases together) beside its best phrase.</summary>
    private const double CentroidWeight = 0.1;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        _entries = entries;
        var terms = Terms(entries);
        Segmenter = ChineseSegmenter.Base.With(terms.Concat(EverydayWords(entries, terms)));
        Corrector = new HomophoneCorrector(terms.Concat(QuestionWords(entries)).Concat(ChineseSegmenter.UnionWords).Concat(IntentRules.Vocabulary).Concat(ActionPhrases.Vocabulary), Segmenter);
        EnglishCorrector = new EnglishSlips(
            entries.SelectMany(e => e.Synonyms.En.Concat(e.Everyday.En).Append(e.Title.En)).Concat(IntentRules.Vocabulary).Concat(ActionPhrases.Vocabulary),
            entries.SelectMany(e => e.Questions.En.Append(e.Answer.En)).Concat(OutOfScopeDetector.SubjectPhrases));
        var docs = new List<Dictionary<string, float>>();
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var expanded = entry.Synonyms.Zh.SelectMany(SynonymLexicon.Of).Except(entry.Synonyms.Zh, StringComparer.Ordinal);
            foreach (var phrase in entry.Questions.All.Concat(entry.Synonyms.All).Concat(expanded).Append(entry.Title.Zh).Append(entry.Title.En))
            {
                var folded = SpokenWords.Fold(TextNormalizer.Normalize(phrase));
                var features = TextFeatures.Extract(folded, Segmenter.Cut(folded));
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

        var postings = new List<List<(int Doc, float Weight)>>();
        foreach (var (feature, count) in df)
        {
            _featureIds[feature] = _idf.Count;
            _idf.Add(Idf(docs.Count, count));
            postings.Add([]);
        }

        _unknownIdf = Idf(docs.Count, 1);
        var centroids = entries.Select(_ => new Dictionary<int, double>()).ToArray();
        for (var d = 0; d < docs.Count; d++)
        {
            var weights = docs[d].Select(kv => (Id: _featureIds[kv.Key], W: kv.Value * _idf[_featureIds[kv.Key]])).ToList();
            var norm = MathF.Sqrt(weights.Sum(w => w.W * w.W));
            foreach (var (id, w) in weights)
            {
                postings[id].Add((d, w / norm));
                centroids[_docEntry[d]][id] = centroids[_docEntry[d]].GetValueOrDefault(id) + (w / norm);
            }
        }

        _postings = [.. postings.Select(p => p.ToArray())];
        _entryNorm = [.. centroids.Select(c => Math.Sqrt(c.Values.Sum(v => v * v)))];

        IndexAnswers(entries);
        IndexKnownWords(entries);
        _synonyms = Phrased(entries, e => e.Synonyms);
        _heldIn = HeldIn(_synonyms);
        _everyday = Phrased(entries, e => e.Everyday);
        _family = [.. entries.Select(e => SiblingTopics.Cues(e.Id).Count > 0)];
        _cues = [.. entries.Select(e => SiblingTopics.Cues(e.Id).Select(MatchPhrase.Of).ToArray())];
        foreach (var phrase in _synonyms.SelectMany(list => list.Select(p => p.Phrase).Distinct(StringComparer.Ordinal)))
        {
            _synonymShare[phrase] = _synonymShare.GetValueOrDefault(phrase) + 1;
        }
    }

    public int DocumentCount => _docEntry.Count;

    /// <summary>jieba's dictionary with this knowledge base's terms over it: every cut of a question or an entry's text.</summary>
    public ChineseSegmenter Segmenter { get; }

    /// <summary>Writes slipped knowledge-base terms correctly (太级拳 → 太极拳).</summary>
    public HomophoneCorrector Corrector { get; }

    /// <summary>Writes slipped English words of the knowledge base correctly (memebr → member).</summary>
    public EnglishSlips EnglishCorrector { get; }

    /// <summary>A text as the index reads it: normalised, its terms typed in pinyin written in characters, then its slips of the knowledge base's own words corrected.</summary>
    public string Read(string text) => Corrector.Correct(EnglishCorrector.Correct(Corrector.Spelled(TextNormalizer.Normalize(text))));

    /// <summary>Entries ranked by score, best first; only entries with some overlap are returned.</summary>
    public IReadOnlyList<ScoredEntry> Search(string normalized, int take)
    {
        if (RecentSearches.Find(this, normalized, take) is { } found)
        {
            return found;
        }

        var reading = Reading(normalized);
        return RecentSearches.Keep(this, normalized, take, reading.Folded.Length == 0 ? [] : SearchAfresh(reading, take), reading);
    }

    /// <summary>
    /// The features a search reads in a text (as <see cref="Read"/> gives it). A text just searched hands over its
    /// own: the learned second opinion reads the message the recognizer has searched, not cut and extracted again.
    /// </summary>
    public IReadOnlyDictionary<string, float> QueryFeatures(string normalized) => Reading(normalized).Features;

    /// <summary>The words of a text (as <see cref="Read"/> gives it), handed over from its search when folding left it as it was.</summary>
    public IReadOnlyList<string> Words(string normalized) =>
        RecentSearches.FindReading(this, normalized) is { Folded.Length: > 0 } kept && string.Equals(kept.Folded, normalized, StringComparison.Ordinal) ? kept.Words : Segmenter.Cut(normalized);

    private QueryReading Reading(string normalized) => RecentSearches.FindReading(this, normalized) ?? QueryReading.Of(normalized, Segmenter);

    private IReadOnlyList<ScoredEntry> SearchAfresh(QueryReading reading, int take)
    {
        var (normalized, tokens, query) = reading;
        var scores = new double[_entries.Count];
        // Per-phrase dot products in pooled arrays, visited in first-touch order (as the dictionary they replace did, so
        // the sums below add up in the same order): a dictionary here grew through ~10 resizes per question.
        var docScores = ArrayPool<float>.Shared.Rent(_docEntry.Count);
        var touched = ArrayPool<int>.Shared.Rent(_docEntry.Count);
        try
        {
            Array.Clear(docScores, 0, _docEntry.Count);
            var touchedCount = 0;
            var queryNorm = 0f;
            foreach (var (feature, tf) in query)
            {
                if (_featureIds.TryGetValue(feature, out var id))
                {
                    var q = tf * _idf[id];
                    queryNorm += q * q;
                    foreach (var (doc, w) in _postings[id])
                    {
                        if (docScores[doc] == 0f)
                        {
                            touched[touchedCount++] = doc; // every product is positive: zero means not touched yet
                        }

                        docScores[doc] += q * w;
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
                // The best phrase decides; the entry's whole vocabulary breaks ties between entries sharing a phrase
                // (会员服务卡在哪办理: the card's use, applying for it and losing it all list 会员服务卡).
                var sums = new double[_entries.Count];
                for (var t = 0; t < touchedCount; t++)
                {
                    var doc = touched[t];
                    var dot = docScores[doc];
                    var entry = _docEntry[doc];
                    scores[entry] = Math.Max(scores[entry], dot / queryNorm);
                    sums[entry] += dot;
                }

                for (var e = 0; e < sums.Length; e++)
                {
                    scores[e] += sums[e] > 0 ? CentroidWeight * sums[e] / (queryNorm * _entryNorm[e]) : 0;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(touched);
            ArrayPool<float>.Shared.Return(docScores);
        }

        AddAnswerEvidence(query, scores);
        var evidence = new int[_entries.Count];
        var cues = new int[_entries.Count];
        var boundaries = ChineseSegmenter.Boundaries(normalized, tokens);
        var text = new MatchText(normalized, boundaries);
        AddSynonymBonus(in text, scores, evidence, cues);
        AddEverydayBonus(in text, scores, evidence, cues);
        // Only entries with a score become ScoredEntry objects (in entry order, so equal scores keep their order).
        var scored = new List<ScoredEntry>();
        for (var e = 0; e < scores.Length; e++)
        {
            if (scores[e] > 0)
            {
                scored.Add(new ScoredEntry(_entries[e], scores[e]) { Evidence = evidence[e], Cues = cues[e] });
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).Take(take)];
    }

    /// <summary>
    /// A synonym, cue or everyday word as matched whole: its text, whether it is Latin, its characters, and whether it
    /// is a question about the topic (多少钱, 怎么报销, 有啥用, "how much") rather than a name of it: such a phrase
    /// scores, but is no evidence of what the question is about (社保每个月交多少钱 is not the union's insurance).
    /// </summary>
    private readonly record struct MatchPhrase(string Phrase, bool Latin, CharMask Mask, bool Asks)
    {
        /// <summary>The phrase's characters but spaces, counted once instead of on every match.</summary>
        public int Content { get; } = Phrase.Length - Phrase.AsSpan().Count(' ');

        private static readonly string[] QuestionWords = ["多少", "怎么", "怎样", "咋", "哪", "啥", "什么", "几", "how", "what", "where", "when", "which"];

        public static MatchPhrase Of(string phrase) =>
            new(phrase, !phrase.Any(TextNormalizer.IsHan), CharMask.OfPhrase(phrase), Phrases.Contains(phrase, QuestionWords));
    }

    /// <summary>The question as the bonuses read it: its characters (to skip phrases it cannot hold), its word boundaries and length without spaces.</summary>
    private readonly struct MatchText(string normalized, bool[] boundaries)
    {
        public CharMask Mask { get; } = CharMask.Of(normalized);

        public int Content { get; } = normalized.Length - normalized.AsSpan().Count(' ');

        /// <summary>The length without spaces and the question's frame characters (有没有, 吗, 啥): what the message is about.</summary>
        public int Substance { get; } = normalized.Count(c => c != ' ' && !TextFeatures.IsFrameChar(c));

        public bool Contains(in MatchPhrase phrase) =>
            Mask.MayHold(phrase.Mask) && WholeWord.Contains(normalized, phrase.Phrase, phrase.Latin, boundaries);

        /// <summary>Whether the question holds one of <paramref name="phrases"/> anywhere, whole word or not.</summary>
        public bool HoldsAny(MatchPhrase[] phrases)
        {
            foreach (var phrase in phrases)
            {
                if (Mask.MayHold(phrase.Mask) && normalized.Contains(phrase.Phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The phrase describes a thing after it (便宜点的房子): it is not what the message is about.</summary>
        public bool Describes(in MatchPhrase phrase) => !phrase.Latin && normalized.Contains(phrase.Phrase + "的", StringComparison.Ordinal);
    }

    private static float Idf(int documents, int frequency) => MathF.Log(1 + ((float)documents / frequency));
}
