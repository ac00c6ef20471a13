using System.Text;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Puts text in one shape before matching: lower case, full-width letters and digits folded to ASCII,
/// traditional characters written simplified, punctuation and symbols turned into spaces, runs of spaces collapsed, a space between Chinese and Latin.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = true;
        var han = false;
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : TraditionalChinese.Simplify(raw);
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                if (c != '\'')
                {
                    // "帮我sign up周六" → "帮我 sign up 周六": Latin words get their edges even when typed against Chinese
                    if (!space && IsHan(c) != han)
                    {
                        builder.Append(' ');
                    }

                    builder.Append(char.ToLowerInvariant(c));
                    space = false;
                    han = IsHan(c);
                }
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return Contract(Squeeze(builder.ToString().TrimEnd()));
    }

    /// <summary>English contraction ends and the possessive s, which an apostrophe turned into words of their own.</summary>
    private static readonly string[] Contractions = ["s", "m", "re", "ve"];

    /// <summary>Each contraction end as a word of its own, built once: most messages hold none and return at the check.</summary>
    private static readonly string[] ContractionWords = [.. Contractions.Select(c => " " + c + " ")];

    /// <summary>
    /// "what s in it for me", "mother s room", "i m" (an apostrophe typed as a space, or content written so) read as
    /// "whats", "mothers room", "im", as the message typed with the apostrophe reads; "ll" and "d" stay apart (ill, id),
    /// and so does the negation's "t": the content's "can t afford" stays as written (hardship's word would otherwise
    /// outweigh a lawyer needed and not afforded).
    /// </summary>
    private static string Contract(string text)
    {
        if (!ContractionWords.Any(w => text.Contains(w, StringComparison.Ordinal) || text.AsSpan().EndsWith(w.AsSpan(0, w.Length - 1), StringComparison.Ordinal)))
        {
            return text;
        }

        var words = text.Split(' ');
        var joined = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (joined.Count > 0 && Contractions.Contains(word) && joined[^1].All(char.IsAsciiLetterLower))
            {
                joined[^1] += word;
            }
            else
            {
                joined.Add(word);
            }
        }

        return string.Join(' ', joined);
    }

    /// <summary>Chat stretching ("heyyy", "sooo", "thxxx"): a Latin letter typed three times or more in a row counts once.</summary>
    private static string Squeeze(string text)
    {
        StringBuilder? squeezed = null;
        for (var i = 0; i < text.Length;)
        {
            var end = i + 1;
            while (end < text.Length && text[end] == text[i])
            {
                end++;
            }

            var stretched = end - i >= 3 && char.IsAsciiLetterLower(text[i]);
            if (stretched && squeezed is null)
            {
                squeezed = new StringBuilder(text.Length).Append(text, 0, i);
            }

            squeezed?.Append(text, i, stretched ? 1 : end - i);
            i = end;
        }

        return squeezed?.ToString() ?? text;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
