using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>What one firing did.</summary>
public enum FiringResult
{
    /// <summary>The notice is gone or cancelled.</summary>
    Ignored,

    /// <summary>This firing was already handled (a duplicate run).</summary>
    AlreadyDone,

    /// <summary>Missed by more than the grace period: recorded as skipped.</summary>
    Skipped,

    /// <summary>Quiet hours: held until they end.</summary>
    Held,

    /// <summary>Recipients written to the outbox.</summary>
    Expanded,
}
