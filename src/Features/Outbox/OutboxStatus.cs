using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>States of an outbox row. "sending" is a claimed row whose send has not been recorded yet.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    /// <summary>Held for a rostered member's first sign-in: released to "pending" when their 1:1 chat starts.</summary>
    public const string Waiting = "waiting";
}
