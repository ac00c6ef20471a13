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

        return Squeeze(builder.ToString().TrimEnd());
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
