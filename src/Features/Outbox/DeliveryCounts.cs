namespace EngageBot.Features.Outbox;

/// <summary>How many of a notice's recipients stand where ("sending" counts as pending); <see cref="Total"/> is all of them.</summary>
public sealed record DeliveryCounts(long Sent, long Pending, long Failed, long Skipped, long WaitingForSignIn)
{
    public long Total => Sent + Pending + Failed + Skipped + WaitingForSignIn;
}
