using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// "社团活动完了想去看电影 今晚有啥好片", "周末活动之前想先去趟银行": an activity named as the time of something else (活动完了,
/// 活动结束后, 活动之前) sets the scene; what the member does before or after it is the question, and when that names a
/// subject the union does not cover, the activity's word does not make it the union's.
/// </summary>
public static partial class ActivityAsTime
{
    /// <summary>What follows an activity used as a time, or null when the message names none.</summary>
    public static string? After(string normalized) =>
        Frame().Match(normalized) is { Success: true } frame ? normalized[(frame.Index + frame.Length)..] : null;

    [GeneratedRegex("活动(完了|结束了|结束以后|结束之后|结束后|散了以后|散了|以前|之前|以后|之后|前|后)")]
    private static partial Regex Frame();
}
