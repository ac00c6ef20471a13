namespace EngageBot.Features.Knowledge;

/// <summary>
/// A phone line asked for with another body as its owner: 税务局的电话, 燃气公司报修电话, 街道社保所的咨询电话, the phone
/// number for the tax office, the hotline of Bank of Beijing. The number is that body's, not the worker hotline 12351,
/// whose word (电话, 热线) the question shares. The union, its worker services and the labour bodies (仲裁, 劳动监察)
/// named keep the question ours: labour disputes are the union's matter.
/// </summary>
public static class OthersLine
{
    private static readonly string[] Lines = ["电话", "热线", "号码"];

    /// <summary>What kind of line, between its owner and the line word: 税务局的咨询电话, 医院投诉热线.</summary>
    private static readonly HashSet<string> LineKinds = new(StringComparer.Ordinal)
    {
        "的", "咨询", "投诉", "客服", "服务", "报修", "办事", "值班", "举报", "官方", "人工", "联系", "预约", "办公室", "24小时",
    };

    /// <summary>How the name of a body ends: 税务局, 社保所, 燃气公司, 疾控中心, 儿童医院, 北京银行, 居委会, 派出所.</summary>
    private static readonly string[] BodyEnds = ["局", "所", "公司", "中心", "医院", "银行", "委员会", "委会", "厅", "馆", "大队", "集团"];

    private static readonly string[] EnglishLines = ["hotline", "phone", "number"];

    private static readonly HashSet<string> EnglishBodies = new(StringComparer.Ordinal)
    {
        "office", "bureau", "company", "bank", "hospital", "clinic", "centre", "center", "department", "agency", "authority", "store", "shop",
        "airline", "embassy", "police", "utility", "landlord",
    };

    private static readonly HashSet<string> EnglishLinks = new(StringComparer.Ordinal) { "for", "of", "at", "to" };

    /// <summary>The union, its services and the labour bodies: a line of theirs is the union's answer.</summary>
    private static readonly string[] Ours =
        ["工会", "职工", "劳动", "仲裁", "法律援助", "人社", "驿站", "12351", "union", "labour", "labor", "worker", "workers", "arbitration", "legal aid"];

    /// <summary>How many words before the line word its owner may stand (kinds of line and 的 between).</summary>
    private const int EnglishReach = 5;

    /// <summary>The body whose phone line is asked for, or null.</summary>
    public static string? Owner(string normalized, KnowledgeIndex index)
    {
        if (Phrases.Contains(normalized, Ours))
        {
            return null;
        }

        return normalized.Any(TextNormalizer.IsHan) ? ChineseOwner(normalized, index) : EnglishOwner(normalized, index);
    }

    private static string? ChineseOwner(string normalized, KnowledgeIndex index)
    {
        foreach (var line in Lines)
        {
            for (var at = normalized.IndexOf(line, StringComparison.Ordinal); at > 0; at = normalized.IndexOf(line, at + 1, StringComparison.Ordinal))
            {
                if (Body(normalized.AsSpan(0, KindsBefore(normalized, at))) is { } body)
                {
                    return body;
                }
            }
        }

        // a complaint line asked beside an establishment anywhere in the message (医院护士态度太差了，投诉电话多少)
        return Phrases.Contains(normalized, ComplaintLines)
            ? OtherMatters.OwnerIn(normalized) ?? index.Words(normalized).FirstOrDefault(word => Institutions.IsEstablishment(word, index))
            : null;
    }

    private static readonly string[] ComplaintLines = ["投诉电话", "投诉热线", "举报电话", "举报热线"];

    /// <summary>Where the owner ends: before the kinds of line and 的 that stand between it and the line word at <paramref name="at"/>.</summary>
    private static int KindsBefore(string normalized, int at)
    {
        var end = at;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var kind in LineKinds)
            {
                if (end >= kind.Length && normalized.AsSpan(0, end).EndsWith(kind, StringComparison.Ordinal))
                {
                    end -= kind.Length;
                    stripped = true;
                }
            }
        }

        return end;
    }

    /// <summary>
    /// The body the text before the line ends with: a name ending like one (燃气公司, 街道社保所, 区税务局), at least one
    /// character of its own before the end, which is not a word of the sentence around it (被公司, 我们公司, 给医院).
    /// </summary>
    private static string? Body(ReadOnlySpan<char> before)
    {
        foreach (var end in BodyEnds)
        {
            var from = before.Length - end.Length - 1;
            if (from >= 0 && before.EndsWith(end, StringComparison.Ordinal) && TextNormalizer.IsHan(before[from]) && !NotAName.Contains(before[from]))
            {
                var start = from;
                while (start > 0 && before.Length - start < MaxName && TextNormalizer.IsHan(before[start - 1]) && !NotAName.Contains(before[start - 1]))
                {
                    start--;
                }

                return before[start..].ToString();
            }
        }

        return null;
    }

    /// <summary>Characters that end the sentence's own words before a body's end: 被公司, 我们公司, 给医院, 打银行.</summary>
    private static readonly HashSet<char> NotAName = ['被', '给', '让', '在', '跟', '和', '与', '向', '找', '们', '咱', '我', '你', '他', '她', '的', '了', '打', '去', '到', '从', '对', '是', '个', '这', '那', '本', '咋', '啥', '么'];

    /// <summary>How many characters a body's name may take (北京市朝阳区税务局).</summary>
    private const int MaxName = 10;

    /// <summary>"the phone number for the tax office", "hotline of bank of beijing", "the gas company hotline".</summary>
    private static string? EnglishOwner(string normalized, KnowledgeIndex index)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (!EnglishLines.Contains(words[i]))
            {
                continue;
            }

            // after the line: "for the tax office", "of icbc"
            var after = i + 1;
            while (after < words.Length && words[after] is "number" or "line")
            {
                after++;
            }

            // "the number of days" counts; only a line's number is someone's
            if (after < words.Length && EnglishLinks.Contains(words[after]) && !(words[after] == "of" && words[after - 1] == "number"))
            {
                foreach (var word in words.Skip(after + 1).Take(EnglishReach))
                {
                    if (EnglishBodies.Contains(word) || Unknown(word, index))
                    {
                        return word;
                    }
                }
            }

            // before it: "the gas company hotline", "icbc customer service number"
            foreach (var word in words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)))
            {
                if (EnglishBodies.Contains(word))
                {
                    return word;
                }
            }
        }

        return null;
    }

    /// <summary>A name no entry knows (icbc, cmb): someone else's.</summary>
    private static bool Unknown(string word, KnowledgeIndex index) =>
        word.Length >= 3 && word.All(char.IsAsciiLetter) && !TextFeatures.IsStopWord(word) && index.Holders("w:" + TextFeatures.Stem(word)) == 0 && !index.KnowsNear(TextFeatures.Stem(word));
}
