namespace EngageBot.Features.Notices;

/// <summary>Lifecycle of a notice row.</summary>
public enum NoticeStatus
{
    Scheduled,
    Done,
    Cancelled,
}
