namespace EngageBot.Features.Knowledge;

/// <summary>
/// Everyday words (<see cref="KnowledgeEntry.Everyday"/>): how members say it when they do not know the term (吸奶,
/// 老板跑路, 开网约车的). Found as whole words like synonyms, they add half a synonym's bonus and nothing else: a hint,
/// not a name. They are no phrase documents and no evidence of the entry's own: with both, on dev, a shared everyday
/// word (睡不着 of a noisy neighbour, 跑滴滴 of a would-be driver) turned out-of-scope questions into topics.
/// An everyday word that is most of the message (休完产假, "长鼻子朋友怎么领") is what the member asks about: it counts
/// as a synonym, bonus and evidence, so the word staff entered finds its topic.
/// </summary>
public sealed partial class KnowledgeIndex
{
    private const double EverydayShare = 0.5;

    /// <summary>From this share of the message's characters an everyday word counts as a synonym.</summary>
    private const double EverydayAlone = 0.6;

    /// <summary>
    /// Two different everyday words of one entry in a message (心里堵得慌…老想哭, 包工头…血汗钱) describe its situation:
    /// together they count as a synonym, as one word that is most of the message does. One alone stays a hint.
    /// </summary>
    private const int TwoSigns = 2;

    private readonly MatchPhrase[][] _everyday;

    private void AddEverydayBonus(in MatchText text, double[] scores, int[] evidence)
    {
        var content = text.Content;
        for (var e = 0; e < _everyday.Length; e++)
        {
            var matched = 0;
            var count = 0;
            string? first = null;
            var signs = 0;
            foreach (var word in _everyday[e])
            {
                if (text.Contains(word))
                {
                    matched = Math.Max(matched, word.Phrase.Count(c => c != ' '));
                    count++;
                    // Two signs of one situation (老想哭 … 说说话), not one word found twice (想哭 inside 老想哭).
                    signs += first is null || (!first.Contains(word.Phrase, StringComparison.Ordinal) && !word.Phrase.Contains(first, StringComparison.Ordinal)) ? 1 : 0;
                    first ??= word.Phrase;
                }
            }

            if (count > 0)
            {
                var coverage = Math.Min(1.0, (double)matched / Math.Max(1, content));
                var alone = coverage >= EverydayAlone || signs >= TwoSigns;
                scores[e] += (alone ? 1 : EverydayShare) * Math.Min(MaxSynonymBonus, (0.12 * count) + (0.3 * coverage));
                evidence[e] = alone ? Math.Max(evidence[e], matched) : evidence[e];
            }
        }
    }

    private static MatchPhrase[][] Phrased(IReadOnlyList<KnowledgeEntry> entries, Func<KnowledgeEntry, LocalizedList> lists) =>
        [.. entries.Select(e => lists(e).All
            .Select(s => SpokenWords.Fold(TextNormalizer.Normalize(s)))
            .Where(s => s.Length > 0)
            .Select(MatchPhrase.Of)
            .ToArray())];

    /// <summary>
    /// The Chinese everyday words as user words of the segmenter, so one is cut as a word and matches whole (背奶包放哪);
    /// not those holding a term (跑滴滴 holds 滴滴), which would hide that synonym from whole-word matching, nor those
    /// that, cut as a word, would split a term they follow or precede (卡没了 after 会员服务卡: "会员服务卡没了" cut as
    /// 会员服务 / 卡没了). Each word sharing a term's last or first character is tried once against that term.
    /// </summary>
    private static List<string> EverydayWords(IReadOnlyList<KnowledgeEntry> entries, List<string> terms)
    {
        var words = entries.SelectMany(e => e.Everyday.Zh).Select(TextNormalizer.Normalize)
            .Where(t => t.Length is > 1 and <= 6 && t.All(TextNormalizer.IsHan) && !terms.Any(term => t.Contains(term, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).ToList();
        var trial = ChineseSegmenter.Base.With(terms.Concat(words));
        return [.. words.Where(word => !terms.Any(term => Splits(trial, term, word)))];
    }

    /// <summary>True when <paramref name="word"/> written right after or before <paramref name="term"/>, sharing its edge character, breaks the term.</summary>
    private static bool Splits(ChineseSegmenter segmenter, string term, string word) =>
        (term[^1] == word[0] && !segmenter.Cut(term + word[1..]).Contains(term, StringComparer.Ordinal))
        || (term[0] == word[^1] && !segmenter.Cut(word[..^1] + term).Contains(term, StringComparer.Ordinal));
}
