namespace EngageBot.Features.Notices;

/// <summary>States of a firing row: being written to the outbox, written, held for quiet hours, or skipped as missed.</summary>
public enum FiringStatus
{
    Expanding,
    Ready,
    Held,
    Skipped,
}
