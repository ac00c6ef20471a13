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

    private void AddSynonymBonus(in MatchText text, double[] scores, int[] evidence, int[] cues)
    {
        var content = text.Content;
        for (var e = 0; e < _synonyms.Length; e++)
        {
            var matched = 0;
            var count = 0.0;
            var covered = 0.0;
            foreach (var synonym in _synonyms[e])
            {
                if (text.Contains(synonym))
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
