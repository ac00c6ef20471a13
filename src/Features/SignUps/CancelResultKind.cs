using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>How a cancellation request ended.</summary>
public enum CancelResultKind
{
    Cancelled,
    NotSignedUp,
    ActivityNotFound,
    DeadlinePassed,
}
