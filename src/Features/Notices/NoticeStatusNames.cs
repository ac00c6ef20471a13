namespace EngageBot.Features.Notices;

/// <summary>
/// The one mapping between the notice and firing statuses and their stored text (the <c>status</c> columns of
/// <c>notices</c> and <c>notice_firings</c>), which the admin API also shows.
/// </summary>
public static class NoticeStatusNames
{
    public static string Name(this NoticeStatus status) => status switch
    {
        NoticeStatus.Scheduled => "scheduled",
        NoticeStatus.Done => "done",
        NoticeStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <exception cref="FormatException">The text is no notice status.</exception>
    public static NoticeStatus ParseNotice(string name) => name switch
    {
        "scheduled" => NoticeStatus.Scheduled,
        "done" => NoticeStatus.Done,
        "cancelled" => NoticeStatus.Cancelled,
        _ => throw new FormatException($"Unknown notice status '{name}'."),
    };

    public static string Name(this FiringStatus status) => status switch
    {
        FiringStatus.Expanding => "expanding",
        FiringStatus.Ready => "ready",
        FiringStatus.Held => "held",
        FiringStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <exception cref="FormatException">The text is no firing status.</exception>
    public static FiringStatus ParseFiring(string name) => name switch
    {
        "expanding" => FiringStatus.Expanding,
        "ready" => FiringStatus.Ready,
        "held" => FiringStatus.Held,
        "skipped" => FiringStatus.Skipped,
        _ => throw new FormatException($"Unknown firing status '{name}'."),
    };
}
