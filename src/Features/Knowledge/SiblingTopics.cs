using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Sibling topics share their parent's name (互助保障 in what it is, joining and claiming; 会员卡 in its use, applying
/// and losing it), so that name is only a weak cue. When the leading candidates belong to one family (an entry and
/// those whose id extends it: member-card, member-card-apply, member-card-lost), the words that tell them apart
/// decide (<c>sibling-cues.txt</c> and each entry's own synonyms): the child cued most is answered, the parent when
/// no child is cued, and two children cued equally are left close so the member is asked with both as options.
/// </summary>
public static partial class SiblingTopics
{
    /// <summary>A family member must score at least this share of the leader to take part in the decision.</summary>
    private const double Near = 0.5;

    /// <summary>The siblings not chosen fall to this share of the chosen one, so the answer policy answers it.</summary>
    private const double Behind = 0.6;

    /// <summary>
    /// A child picked by its own verb while the family is named (会员卡…申请, 互助保障…报销) is what was asked: it leads
    /// by this much, so an unrelated runner-up (入会 beside 刚入会…怎么申请会员卡) does not turn the answer into an ask-back.
    /// </summary>
    private const double VerbDecides = 0.15;

    /// <summary>A child's phrase this long holds its family's name (办会员卡, 申请给付 is not one: 4 characters of verbs are rare).</summary>
    private const int NamedPhrase = 4;

    private static readonly Lazy<Dictionary<string, string[]>> CueLists = new(Load);

    /// <summary>The distinguishing words of an entry (empty for entries without siblings).</summary>
    public static IReadOnlyList<string> Cues(string id) => CueLists.Value.TryGetValue(id, out var cues) ? cues : [];

    /// <summary><paramref name="candidates"/> for <paramref name="normalized"/> with the family's decision applied (the same list when it does not apply).</summary>
    public static IReadOnlyList<ScoredEntry> Decide(IReadOnlyList<ScoredEntry> candidates, string normalized)
    {
        if (candidates.Count < 2)
        {
            return candidates;
        }

        var top = candidates[0];
        var root = Root(top.Entry.Id);
        // A child cued by its own verb takes part however far behind the family's name puts it (京卡怎么apply, 互助保障…怎么加入):
        // the name scores for the parent, the verb only for the child. Not when the message asks what the thing is
        // (住院能报钱的那个保障是啥): the verb then tells what it does, the parent's answer.
        var farCued = top.Entry.Id == root && !AsksWhatItIs().IsMatch(normalized) && !AsksWhatItDoes().IsMatch(normalized);
        var members = candidates.Where(c => Root(c.Entry.Id) == root && (c.Score >= top.Score * Near || (farCued && c.Cues > 0 && c.Entry.Id != root))).ToList();
        if (members.Count < 2)
        {
            return candidates;
        }

        var children = members.Where(c => c.Entry.Id != root && c.Cues > 0).OrderByDescending(c => c.Cues).ToList();
        var parent = members.FirstOrDefault(c => c.Entry.Id == root);
        // The parent's own words outnumbering every child's (卡…超市…便宜点 against 拿) ask what it is, not how to get or replace it;
        // so does a question of what it is or does, a child cued by one word only (发了张卡，拿着能用来干啥: 拿 tells how it came).
        var childCues = children.FirstOrDefault()?.Cues ?? 0;
        var pick = parent is not null && ((parent.Cues > 0 && parent.Cues > childCues) || (childCues <= 1 && AsksWhatItDoes().IsMatch(normalized))) ? parent : children switch
        {
            [] => members.FirstOrDefault(c => c.Entry.Id == root),
            [var only] => only,
            [var first, var second, ..] when first.Cues > second.Cues => first,
            _ => null,
        };
        if (pick is null)
        {
            return candidates;
        }

        var verb = pick.Entry.Id != root && members.Any(c => c.Evidence > 0);
        // The family's name found in the question names the child its verb picked (京卡…去哪办): that name is its evidence too.
        var lead = pick with { Score = Math.Max(pick.Score, top.Score) + (verb ? VerbDecides : 0), Evidence = verb ? Math.Max(pick.Evidence, members.Max(c => c.Evidence)) : pick.Evidence };
        return [.. candidates.Select(c => c == pick ? lead : Root(c.Entry.Id) == root ? c with { Score = Math.Min(c.Score, lead.Score * Behind) } : c)
            .OrderByDescending(c => c.Score)];
    }

    /// <summary>
    /// "工会卡怎么申领，要带啥材料": a child led by its family's verbs alone (申领, 材料 of claiming) while another family is
    /// named in the question by its own name (工会卡) is not what was asked: the named family moves up to the child's
    /// score, and <see cref="Decide"/> then tells its members apart by their own verbs.
    /// </summary>
    public static IReadOnlyList<ScoredEntry> NamedFamilyFirst(IReadOnlyList<ScoredEntry> candidates, string normalized)
    {
        if (candidates is not [var top, ..] || Root(top.Entry.Id) == top.Entry.Id || NameEvidence(top, candidates, normalized) > 0
            || candidates.FirstOrDefault(c => Root(c.Entry.Id) != Root(top.Entry.Id) && InFamily(c.Entry.Id) && c.Evidence > 0
                && NameEvidence(c, candidates, normalized) > 0 && c.Score >= top.Score * Near) is not { } named)
        {
            return candidates;
        }

        return [.. candidates.Select(c => c == named ? c with { Score = top.Score } : c == top ? c with { Score = top.Score * Behind } : c)
            .OrderByDescending(c => c.Score)];
    }

    /// <summary>
    /// How specific the evidence for <paramref name="entry"/> is: for a sibling child, its parent's (the family's name
    /// found in the question): its own when the parent's name was found too or its phrase is long enough to hold it (办会员卡; Chinese only: "claim" is five letters of a verb), 0 when it was not; any other entry's own.
    /// </summary>
    public static int NameEvidence(ScoredEntry entry, IReadOnlyList<ScoredEntry> candidates, string normalized)
    {
        var root = Root(entry.Entry.Id);
        return root == entry.Entry.Id || (entry.Evidence >= NamedPhrase && normalized.Any(TextNormalizer.IsHan)) || (candidates.FirstOrDefault(c => c.Entry.Id == root)?.Evidence ?? 0) > 0 ? entry.Evidence : 0;
    }

    /// <summary>
    /// "工会卡怎么申领，要带啥材料": <paramref name="child"/> is a sibling child (要带啥材料 of a claim) while the message's
    /// leader, of another family, is named by its own words (工会卡): the child's verbs follow up on the named family.
    /// </summary>
    public static bool FollowsOtherFamily(ScoredEntry child, ScoredEntry leader) =>
        Root(child.Entry.Id) != child.Entry.Id && leader.Evidence > 0 && InFamily(leader.Entry.Id) && Root(leader.Entry.Id) != Root(child.Entry.Id);

    private static bool InFamily(string id) => CueLists.Value.ContainsKey(id) || CueLists.Value.Keys.Any(k => Root(k) == id);

    /// <summary>The family an id belongs to: a child's parent ("member-card" for "member-card-lost"), else the id itself.</summary>
    private static string Root(string id) =>
        CueLists.Value.ContainsKey(id) && id.LastIndexOf('-') is > 0 and var dash ? id[..dash] : id;

    private static Dictionary<string, string[]> Load()
    {
        var cues = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in EmbeddedList.Read("Knowledge/sibling-cues.txt"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                cues[line[..colon].Trim()] = [.. line[(colon + 1)..].Split(',').Select(w => TextNormalizer.Normalize(w)).Where(w => w.Length > 0)];
            }
        }

        return cues;
    }

    /// <summary>是啥, 是什么, 是怎么回事, 啥东西, 干啥的, what is / what's: a question about what the thing is, not how to get it.</summary>
    [GeneratedRegex(@"(是|算)(个|一个|一种)?(啥|什么|怎么回事|咋回事)|(啥|什么)(东西|玩意)|(干|做)(啥|什么)的|\bwhat (is|s|are)\b")]
    private static partial Regex AsksWhatItIs();

    /// <summary>
    /// 能用来干啥, 有什么用, 平时能干嘛, what can I do with it: what a thing in hand does, which a child's single verb of how it
    /// came (发了, 拿着) does not turn into how to get it; "流程是啥" still asks a child's steps.
    /// </summary>
    [GeneratedRegex(@"(能|可以)(用来)?(干|做)(啥|嘛|什么)|有(啥|什么)用|\bwhat can (i|we|you) (do|use) (with|it)\b")]
    private static partial Regex AsksWhatItDoes();
}
