namespace EngageBot.Features.Knowledge;

/// <summary>The synonym bonus: an entry whose synonym the question contains as a whole word scores higher.</summary>
public sealed partial class KnowledgeIndex
{
    /// <summary>The most a synonym match adds to an entry's score.</summary>
    private const double MaxSynonymBonus = 0.5;

    /// <summary>
    /// The highest score an entry can reach: a perfect cosine, the whole-vocabulary share, the answer-text evidence
    /// (KnowledgeIndex.Answers.cs), the full synonym bonus and as much again for an everyday word that is most of the
    /// message (KnowledgeIndex.Everyday.cs). The console's "try it" bar runs from 0 to this.
    /// </summary>
    public const double MaxScore = 1 + CentroidWeight + AnswerWeight + (MaxSynonymBonus * 2);

    /// <summary>
    /// For each entry's synonyms, the longer synonyms of other entries that hold it (benefits' 会员服务 inside the card's
    /// 会员服务卡): when the question holds the longer word, the shorter one was not said on its own, however the
    /// segmenter cut it (会员服务卡丢了 may be cut 会员服务 / 卡丢了).
    /// </summary>
    private static MatchPhrase[][][] HeldIn(MatchPhrase[][] synonyms)
    {
        var all = synonyms.SelectMany(list => list).DistinctBy(p => p.Phrase).ToArray();
        return [.. synonyms.Select(own => own.Select(synonym => all.Where(longer => longer.Phrase.Length > synonym.Phrase.Length
            && longer.Phrase.Contains(synonym.Phrase, StringComparison.Ordinal)
            && !own.Any(o => o.Phrase == longer.Phrase)).ToArray()).ToArray())];
    }

    private void AddSynonymBonus(in MatchText text, double[] scores, int[] evidence, int[] cues)
    {
        var content = text.Content;
        for (var e = 0; e < _synonyms.Length; e++)
        {
            var matched = 0;
            var count = 0.0;
            var covered = 0.0;
            var own = _synonyms[e];
            for (var i = 0; i < own.Length; i++)
            {
                var synonym = own[i];
                if (text.Contains(synonym) && !text.HoldsAny(_heldIn[e][i]))
                {
                    var phrase = synonym.Phrase;
                    // A word several entries share (会员卡 of the card's use, applying and loss) does not tell them apart.
                    var share = _synonymShare.GetValueOrDefault(phrase, 1);
                    var length = synonym.Content;
                    matched = synonym.Asks ? matched : Math.Max(matched, length);
                    covered = Math.Max(covered, (double)length / share);
                    count += 1.0 / share;
                    cues[e] += share == 1 ? 1 : 0;
                }
            }

            foreach (var cue in _cues[e])
            {
                cues[e] += text.Contains(cue) ? 1 : 0;
            }

            if (count > 0)
            {
                evidence[e] = matched;
                var coverage = Math.Min(1.0, covered / Math.Max(1, content));
                scores[e] += Math.Min(MaxSynonymBonus, (0.12 * count) + (0.3 * coverage));
            }
        }
    }
}
