using System.Text;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Spoken Chinese written the way the knowledge base writes it, for topic search only: fillers and pointing words
/// that stand between a name's parts ("工会那张卡" is 工会卡, "工会那个保险" is 工会保险, "嗯那个…") are dropped, so they
/// neither hide the subject nor match anything; everyday verb forms become the written ones (找不着 → 找不到,
/// 咋整 → 怎么办, 俺 → 我); a measure word between a doing and its thing is dropped (换个行业 → 换行业, 学门手艺 →
/// 学手艺, 找个人聊聊 → 找人聊聊, 得到点啥 → 得到啥), and so is a count of times (挤两三次奶 → 挤奶, 跳两回舞 → 跳舞),
/// so a worker's spoken form meets the everyday word staff wrote without one. The same fold is applied to the knowledge base's phrases, so both sides meet.
/// </summary>
public static class SpokenWords
{
    private static readonly (string Spoken, string Written)[] Forms =
    [
        ("工会发的", "工会"), ("工会给的", "工会"), ("工会的", "工会"),
        ("找不着", "找不到"), ("咋整", "怎么办"), ("咋弄", "怎么弄"), ("咋办", "怎么办"), ("俺们", "我们"), ("俺", "我"),
        ("瞅瞅", "看看"), ("瞅", "看"), ("点啥", "啥"), ("些啥", "啥"), ("点什么", "什么"), ("些什么", "什么"),
    ];

    /// <summary>Doings of one character that take a measure word before their thing (学个, 换个, 找个, 办张, 考个).</summary>
    private const string Doings = "学考办弄整搞找换买上拿领补开报练跳打交挤吸喂";

    private const string Measures = "个门张份套项点";

    /// <summary>A count of times between a doing and its thing (挤两三次奶, 吸几回奶, 跳一次舞): numerals, then one of <see cref="Times"/>.</summary>
    private const string Numerals = "一二两三四五六七八九十几";

    private const string Times = "次回遍趟顿";

    /// <summary>After a measure word these keep it: a time or a count (上个月, 换个季度).</summary>
    private const string KeptAfterMeasure = "月周星礼年时天季";

    /// <summary>Pointing words dropped unless a time or count follows (这个月, 那个人 stay).</summary>
    private static readonly string[] Pointers = ["那个", "这个", "那张", "这张", "那种", "这种", "那块", "那份"];

    private const string KeptAfterPointer = "月周星礼年人时";

    public static string Fold(string normalized)
    {
        if (normalized.Length < 2 || !normalized.AsSpan().ContainsAnyInRange('\u4e00', '\u9fff'))
        {
            return normalized;
        }

        var text = normalized.Replace("嗯", string.Empty, StringComparison.Ordinal);
        text = DropPointers(text);
        text = DropMeasures(text);
        text = DropCounts(text);
        text = MonthsApart(text);
        text = CheckupApart(text);
        foreach (var (spoken, written) in Forms)
        {
            text = text.Replace(spoken, written, StringComparison.Ordinal);
        }

        while (text.Contains("  ", StringComparison.Ordinal))
        {
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static string DropPointers(string text)
    {
        StringBuilder? folded = null;
        var last = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if ((text[i] == '那' || text[i] == '这') && IsPointer(text.AsSpan(i, 2))
                && (i + 2 >= text.Length || !KeptAfterPointer.Contains(text[i + 2], StringComparison.Ordinal)))
            {
                folded ??= new StringBuilder(text.Length);
                folded.Append(text, last, i - last);
                last = i + 2;
                i++;
            }
        }

        return folded is null ? text : folded.Append(text, last, text.Length - last).ToString();
    }

    private static string DropMeasures(string text)
    {
        StringBuilder? folded = null;
        var last = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (Measures.Contains(text[i], StringComparison.Ordinal) && Doings.Contains(text[i - 1], StringComparison.Ordinal)
                && TextNormalizer.IsHan(text[i + 1]) && !KeptAfterMeasure.Contains(text[i + 1], StringComparison.Ordinal))
            {
                folded ??= new StringBuilder(text.Length);
                folded.Append(text, last, i - last);
                last = i + 1;
            }
        }

        return folded is null ? text : folded.Append(text, last, text.Length - last).ToString();
    }

    private static string DropCounts(string text)
    {
        StringBuilder? folded = null;
        var last = 0;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (!Doings.Contains(text[i - 1], StringComparison.Ordinal) || !Numerals.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && Numerals.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            if (end + 1 < text.Length && Times.Contains(text[end], StringComparison.Ordinal) && TextNormalizer.IsHan(text[end + 1]))
            {
                folded ??= new StringBuilder(text.Length);
                folded.Append(text, last, i - last);
                last = end + 1;
                i = end;
            }
        }

        return folded is null ? text : folded.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>Pay a count of months is told of (两个月工资, 三个月工钱, 半年的薪水 is already apart).</summary>
    private static readonly string[] MonthsPay = ["个月工资", "个月工钱", "个月薪水", "个月薪资"];

    /// <summary>Pay held back: 拖, 欠, 没发, 没给, 不给, 不发, 没到账, 扣着.</summary>
    private static readonly string[] HeldBack = ["拖", "欠", "没发", "没给", "不给", "不发", "没到账", "扣着"];

    /// <summary>
    /// "拖了两个月工资", "欠我三个月工钱": the segmenter takes 月 with the pay that follows (两个/月工资), hiding the pay's
    /// own word (工资), so a space closes the count of months before pay told as held back (months of pay paid out as
    /// compensation, or taxed, stay as they are: someone else's matter).
    /// </summary>
    private static string MonthsApart(string text)
    {
        if (!HeldBack.Any(word => text.Contains(word, StringComparison.Ordinal)))
        {
            return text;
        }

        foreach (var months in MonthsPay)
        {
            if (text.Contains(months, StringComparison.Ordinal))
            {
                text = text.Replace(months, string.Concat(months.AsSpan(0, 2), " ", months.AsSpan(2)), StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Characters that end a word in 体 (身体, 具体, 集体): 体检查 after them is that word and 检查.</summary>
    private const string WordsInTi = "身整具人个集媒主团肢立液固气实载文字导软硬物总大群母";

    /// <summary>
    /// "体检查哪些项目", "今年体检查不查胃镜": the segmenter takes 检 with the commoner 检查 after it (体/检查), hiding the
    /// check-up's own word, so a space closes 体检 before 查; 身体检查 and 具体检查一下 stay as they are.
    /// </summary>
    private static string CheckupApart(string text)
    {
        for (var at = text.IndexOf("体检查", StringComparison.Ordinal); at >= 0; at = text.IndexOf("体检查", at + 3, StringComparison.Ordinal))
        {
            if (at == 0 || !WordsInTi.Contains(text[at - 1], StringComparison.Ordinal))
            {
                text = string.Concat(text.AsSpan(0, at + 2), " ", text.AsSpan(at + 2));
            }
        }

        return text;
    }

    private static bool IsPointer(ReadOnlySpan<char> pair)
    {
        foreach (var pointer in Pointers)
        {
            if (pair.SequenceEqual(pointer))
            {
                return true;
            }
        }

        return false;
    }
}
