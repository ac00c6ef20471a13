namespace EngageBot.Features.Outbox;

/// <summary>States of an outbox row. <see cref="Sending"/> is a claimed row whose send has not been recorded yet.</summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
    Skipped,

    /// <summary>Held for a rostered member's first sign-in: released to <see cref="Pending"/> when their 1:1 chat starts.</summary>
    Waiting,
}
