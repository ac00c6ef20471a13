namespace EngageBot.Features.Knowledge;

/// <summary>
/// Whose service the question asks for. A topic's word (培训, 比赛, 心理咨询, 体检, 母婴室) names the union's service only
/// when no other establishment owns it in the question: 驾校的理论培训, 少年宫的舞蹈培训, 大学里的心理咨询中心 are the
/// driving school's, the children's palace's and the university's. An establishment is what 词林 files among bodies and
/// establishments (class Dm: offices, courts, shops, banks, schools, hospitals, clubs and halls), so no list of schools
/// or shops is kept. The member's own employer (公司, 单位) and anything the knowledge base itself names stay the union's.
/// </summary>
public static class Institutions
{
    /// <summary>Words between an owner and what it runs: 驾校的, 大学里的, 学院组织的, 银行办的.</summary>
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal)
    {
        "的", "里", "里面", "里的", "内", "组织", "举办", "主办", "办", "开", "搞", "弄", "自己", "那个", "这个", "那边", "这边",
    };

    /// <summary>A few more words may describe what is run (学校的数学竞赛, 驾校的理论培训): at most this many characters of them.</summary>
    private const int Describing = 4;

    /// <summary>The establishment that owns the service the close topics' words (normalized) name, or null.</summary>
    public static string? OwnerOf(string normalized, IEnumerable<string> topicWords, KnowledgeIndex index)
    {
        if (!topicWords.Any(HanWord))
        {
            return null;
        }

        // The words' set only once an establishment is found: most questions name none, and it was a set of every close
        // topic's words on each uncached reading (bench/README.md, "Twenty-fifth session, branch cpu28").
        List<string>? words = null;
        var cut = index.Words(normalized);
        var at = 0;
        for (var i = 0; i < cut.Count; i++)
        {
            var end = at + cut[i].Length;
            if (IsEstablishment(cut[i], index) && !Workplace(normalized, cut, i, at)
                && Owns(normalized, cut, i + 1, end, words ??= [.. topicWords.Where(HanWord).Distinct(StringComparer.Ordinal)], index))
            {
                return cut[i];
            }

            at = end;
        }

        return null;
    }

    private static bool HanWord(string word) => word.Length > 1 && TextNormalizer.IsHan(word[0]);

    /// <summary>Whether the words after the owner (from <paramref name="next"/>, at <paramref name="from"/>) lead, through links and a short description, to a topic's word.</summary>
    private static bool Owns(string normalized, IReadOnlyList<string> cut, int next, int from, List<string> topicWords, KnowledgeIndex index)
    {
        var described = 0;
        var at = from;
        for (var j = next; j < cut.Count; j++)
        {
            var rest = normalized.AsSpan(at);
            foreach (var word in topicWords)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            var current = cut[j];
            if (!Links.Contains(current))
            {
                // a description is a thing (数学, 理论), never a person (幼儿园老师能入会吗: the teacher asks for herself)
                described += current.Length;
                if (described > Describing || !current.All(TextNormalizer.IsHan) || !index.Segmenter.IsNoun(current)
                    || MeaningClasses.Of(current).Any(c => c[2] == 'A'))
                {
                    return false;
                }
            }

            at += current.Length;
        }

        return false;
    }

    /// <summary>Words that make an establishment the member's own: 我们医院的母婴室, 咱们学校, 在银行上班.</summary>
    private static readonly string[] Ours = ["我们", "咱们", "咱", "俺们", "我们的", "咱们的", "本"];

    private static readonly string[] WorkThere = ["上班", "工作", "干活", "打工", "当", "做"];

    /// <summary>The establishment is where the member works: "我们学校", "在医院上班，…": its matters are work.</summary>
    private static bool Workplace(string normalized, IReadOnlyList<string> cut, int i, int at)
    {
        if (i > 0 && Ours.Contains(cut[i - 1]))
        {
            return true;
        }

        var word = cut[i];
        var after = normalized[(at + word.Length)..];
        return (at > 0 && normalized[at - 1] == '在' && WorkThere.Any(w => after.IndexOf(w, StringComparison.Ordinal) is >= 0 and <= 3))
            || normalized.Contains("在" + word + "上班", StringComparison.Ordinal) || normalized.Contains("在" + word + "工作", StringComparison.Ordinal);
    }

    /// <summary>A body or establishment (词林 Dm) the knowledge base does not name, that is not the member's employer.</summary>
    public static bool IsEstablishment(string word, KnowledgeIndex index) =>
        word.Length >= 2 && word.All(TextNormalizer.IsHan)
        && MeaningClasses.Of(word).Any(c => c[2] == 'D' && c[3] == 'm')
        && !Employers.Contains(word) && !word.EndsWith('厂')
        && index.Holders("j:" + word) == 0 && !index.InTerms(word);

    /// <summary>The member's workplace: its matters (pay, contracts, its own canteen) are work, which the union handles.</summary>
    private static readonly HashSet<string> Employers = new(StringComparer.Ordinal)
    {
        "公司", "单位", "工厂", "厂子", "厂里", "厂区", "企业", "车间", "工地", "班组", "俱乐部", "协会", "社团",
    };
}
