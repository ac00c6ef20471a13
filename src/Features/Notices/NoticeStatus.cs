using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>Lifecycle of a notice row.</summary>
public static class NoticeStatus
{
    public const string Scheduled = "scheduled";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
}
