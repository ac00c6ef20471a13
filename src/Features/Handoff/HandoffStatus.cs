using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Handoff;

/// <summary>Where a ticket stands: waiting for staff, answered by staff (still open), or closed.</summary>
public enum HandoffStatus
{
    Waiting,
    Answered,
    Closed,
}
