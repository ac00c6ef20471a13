namespace EngageBot.Storage.SignUps;

/// <summary>How a cancellation request ended.</summary>
public enum CancelResultKind
{
    Cancelled,
    NotSignedUp,
    ActivityNotFound,
    DeadlinePassed,
}
