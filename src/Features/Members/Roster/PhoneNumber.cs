using System.Text;
using System.Text.RegularExpressions;

namespace EngageBot.Features.Members.Roster;

/// <summary>Mainland mobile numbers as the roster keeps them (11 digits, 1[3-9]…) and as lists show them (138****0001).</summary>
public static partial class PhoneNumber
{
    /// <summary>
    /// The 11-digit number, or null when it is not a mainland mobile. Spaces and dashes (as people type them)
    /// and a +86 / 0086 prefix are dropped first.
    /// </summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c is not (' ' or '-' or '\u00a0'))
            {
                digits.Append(c);
            }
        }

        var number = digits.ToString();
        foreach (var prefix in (ReadOnlySpan<string>)["+86", "0086"])
        {
            if (number.StartsWith(prefix, StringComparison.Ordinal))
            {
                number = number[prefix.Length..];
                break;
            }
        }

        return Mobile().IsMatch(number) ? number : null;
    }

    /// <summary>138****0001: enough for staff to tell members apart, not enough to call them.</summary>
    public static string Mask(string phone) =>
        phone.Length >= 7 ? string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4)) : "****";

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();
}
