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

    /// <summary>The fewest characters of substance an everyday word's share is measured on.</summary>
    private const int SubstanceFloor = 4;

    /// <summary>
    /// Two different everyday words of one entry in a message (心里堵得慌…老想哭, 包工头…血汗钱) describe its situation:
    /// together they count as a synonym, as one word that is most of the message does. One alone stays a hint.
    /// </summary>
    private const int TwoSigns = 2;

    /// <summary>
    /// The union named as a whole word (工会): "工会有没有送点温暖的", "夏天工会发不发防暑的东西" tell the union a
    /// situation, so the message is about one of its services; a Chinese everyday word beside the name is then a second
    /// sign. Not English ones: "union" is in most English questions, and their everyday words are looser (idea, after work).
    /// </summary>
    private static readonly MatchPhrase UnionName = MatchPhrase.Of("工会");

    /// <summary>
    /// A worker telling what happened at work (老板…一分钱没拿到, 跟单位…闹矛盾, 车间干了十几年…换行业) tells it to the union bot
    /// as a member: the workplace named as a whole word is a second sign as the union's name is. Chinese only, like the union's.
    /// </summary>
    private static readonly MatchPhrase[] WorkScene = [.. new[] { "老板", "单位", "公司", "上班", "厂里", "车间", "工地", "同事", "领导", "干活", "打工", "班组", "工友", "包工头" }.Select(MatchPhrase.Of)];

    /// <summary>
    /// A club or interest group named as a whole word (写大字的兴趣班, 织毛衣的小组): a club's everyday word beside it says
    /// which club is meant, a second sign as the union's name is; the overview's word alone (兴趣班) names no club.
    /// </summary>
    private static readonly MatchPhrase[] ClubScene = [.. new[] { "社团", "兴趣班", "兴趣小组", "小组", "俱乐部", "协会" }.Select(MatchPhrase.Of)];

    private readonly MatchPhrase[][] _everyday;

    /// <summary>The children of a sibling family (<see cref="SiblingTopics"/>: applying for the card, claiming), whose everyday words are cues.</summary>
    private readonly bool[] _family;

    private void AddEverydayBonus(in MatchText text, double[] scores, int[] evidence, int[] cues)
    {
        var content = text.Content;
        var union = text.Contains(UnionName);
        var work = !union && AtWork(in text);
        var club = AnyOf(in text, ClubScene);
        for (var e = 0; e < _everyday.Length; e++)
        {
            var matched = 0;
            var substance = 0;
            var count = 0;
            string? first = null;
            var signs = 0;
            var han = false;
            foreach (var word in _everyday[e])
            {
                if (text.Contains(word))
                {
                    // At work, a word describing a thing after it (便宜点的房子) tells no situation of the member's.
                    han |= !word.Latin && (!work || !text.Describes(word));
                    matched = Math.Max(matched, word.Content);
                    substance = Math.Max(substance, word.Phrase.Count(c => c != ' ' && !TextFeatures.IsFrameChar(c)));
                    count++;
                    // Two signs of one situation (老想哭 … 说说话), not one word found twice (想哭 inside 老想哭).
                    signs += first is null || (!first.Contains(word.Phrase, StringComparison.Ordinal) && !word.Phrase.Contains(first, StringComparison.Ordinal)) ? 1 : 0;
                    first ??= word.Phrase;
                }
            }

            if (count > 0)
            {
                var coverage = Math.Min(1.0, (double)matched / Math.Max(1, content));
                // Or measured without the question's frame (夏送清凉今年有没有 is 夏送清凉 and a time), on a few characters
                // at least, so a clause's short word (能报哪个比赛) stays a hint.
                var alone = coverage >= EverydayAlone || (double)substance / Math.Max(SubstanceFloor, text.Substance) >= EverydayAlone || signs >= TwoSigns || ((union || work || (club && _entries[e].Kind == KnowledgeKind.Club)) && han);
                scores[e] += (alone ? 1 : EverydayShare) * Math.Min(MaxSynonymBonus, (0.12 * count) + (0.3 * coverage));
                evidence[e] = alone ? Math.Max(evidence[e], matched) : evidence[e];
                // Within a family (会员卡, 互助保障) an entry's everyday words tell it from its siblings as its own words do (弄没了, 怎么买).
                cues[e] += _family[e] ? signs : 0;
            }
        }
    }

    private static bool AtWork(in MatchText text) => AnyOf(in text, WorkScene);

    private static bool AnyOf(in MatchText text, MatchPhrase[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word))
            {
                return true;
            }
        }

        return false;
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
