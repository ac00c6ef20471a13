using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// Reads an answer to a choice prompt: a number ("2", "２", "第二个", "二"), a title in either language, a
/// synonym, or a message that names exactly one option ("我选瑜伽").
/// </summary>
public static class ChoiceMatcher
{
    private static readonly string Numerals = "一二三四五六七八九十";

    public static OfferedChoice? Match(string text, IReadOnlyList<OfferedChoice> offered)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || offered.Count == 0)
        {
            return null;
        }

        if (Number(normalized) is { } n)
        {
            return n >= 1 && n <= offered.Count ? offered[n - 1] : null;
        }

        var exact = offered.Where(c => Names(c).Any(name => name == normalized)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        // The longest name inside the message wins, so "不可以" picks "no" over the "可以" inside it.
        var named = offered
            .Select(c => (Choice: c, Length: Names(c).Where(n => n.Length >= 2 && normalized.Contains(n, StringComparison.Ordinal)).Select(n => n.Length).DefaultIfEmpty(0).Max()))
            .Where(x => x.Length > 0)
            .OrderByDescending(x => x.Length)
            .ToList();
        if (named.Count == 1 || (named.Count > 1 && named[0].Length > named[1].Length))
        {
            return named[0].Choice;
        }

        // A short answer that is part of exactly one option's name: "瑜伽" for "周六瑜伽体验课".
        var partOf = normalized.Length >= 2 ? offered.Where(c => Names(c).Any(n => n.Contains(normalized, StringComparison.Ordinal))).ToList() : [];
        return partOf.Count == 1 ? partOf[0] : null;
    }

    private static IEnumerable<string> Names(OfferedChoice choice) =>
        new[] { choice.Value, choice.Zh, choice.En }.Concat(choice.Synonyms ?? []).Select(TextNormalizer.Normalize).Where(n => n.Length > 0);

    private static int? Number(string normalized)
    {
        var text = normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith('第'))
        {
            text = text[1..].TrimEnd('个', '项', '条');
        }

        text = text.TrimEnd('号');
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && text.Length <= 3)
        {
            return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        return text.Length == 1 && Numerals.Contains(text[0], StringComparison.Ordinal) ? Numerals.IndexOf(text[0], StringComparison.Ordinal) + 1 : null;
    }
}
