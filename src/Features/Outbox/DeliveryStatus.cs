namespace EngageBot.Features.Outbox;

/// <summary>Where a recipient's message stands, as the delivery report shows it ("sending" counts as pending).</summary>
public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
    Skipped,
}
