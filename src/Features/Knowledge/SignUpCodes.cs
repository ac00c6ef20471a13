using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>The code of a check-in command ("签到 123456", "到门口了，码是 8816"), on normalized text.</summary>
public static partial class SignUpCodes
{
    /// <summary>The check-in code (four to six digits, alone in the message) of a check-in command, or null.</summary>
    public static string? CheckInCode(string normalized) =>
        Code().Matches(normalized) is [var match] ? match.Value : null;

    [GeneratedRegex(@"(?<!\d)\d{4,6}(?!\d)")]
    private static partial Regex Code();
}
