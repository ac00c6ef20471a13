using System.Text.RegularExpressions;

namespace EngageBot.Dialogs.Intents;

/// <summary>The check-in command: "签到 123456" / "check-in 123456", on normalized text.</summary>
public static partial class SignUpCodes
{
    public static bool IsCheckIn(string normalized) => CheckIn().IsMatch(normalized);

    /// <summary>The six-digit code of a check-in command, or null.</summary>
    public static string? CheckInCode(string normalized) =>
        CheckIn().Match(normalized) is { Success: true } match ? match.Groups["code"].Value : null;

    [GeneratedRegex(@"^(签到|check ?in) ?(?<code>\d{6})$")]
    private static partial Regex CheckIn();
}
