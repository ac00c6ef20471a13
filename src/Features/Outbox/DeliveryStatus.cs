namespace EngageBot.Features.Outbox;

/// <summary>Where a recipient's message stands, as the delivery report shows it ("sending" counts as pending).</summary>
public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
    Skipped,

    /// <summary>A rostered member who has not signed in yet: the notice waits for their first sign-in (not a failure).</summary>
    WaitingForSignIn,
}
