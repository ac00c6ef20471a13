using System.Text;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>
/// Hides what could identify a member before a question is stored: every run of three or more digits (phone,
/// ID card, member or bank numbers; an ID card's final X too) becomes '#' per character, and the text is cut short.
/// Short numbers ("2 个问题") stay, since they carry the question's meaning.
/// </summary>
public static class DigitMask
{
    public const int MaxLength = 200;

    public const char Mask = '#';

    public static string Apply(string text)
    {
        var source = text.Trim();
        if (source.Length > MaxLength)
        {
            source = source[..MaxLength];
        }

        var result = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var end = i;
            while (end < source.Length && IsDigitLike(source, end))
            {
                end++;
            }

            if (end - i >= 3)
            {
                if (end < source.Length && source[end] is 'x' or 'X')
                {
                    end++; // 11010519491231002X
                }

                result.Append(Mask, end - i);
                i = end;
            }
            else if (end > i)
            {
                result.Append(source, i, end - i);
                i = end;
            }
            else
            {
                result.Append(source[i++]);
            }
        }

        return result.ToString();
    }

    // Digits in any script (full-width １３８…) and the separators people type inside numbers (138-1234 5678).
    private static bool IsDigitLike(string text, int at) =>
        char.IsDigit(text[at])
        || (text[at] is '-' or ' ' && at > 0 && at + 1 < text.Length && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1]));
}
