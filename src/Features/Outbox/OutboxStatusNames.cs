namespace EngageBot.Features.Outbox;

/// <summary>The outbox's <c>status</c> column values: the one mapping between <see cref="OutboxStatus"/> and its stored text.</summary>
public static class OutboxStatusNames
{
    public static string Name(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "pending",
        OutboxStatus.Sending => "sending",
        OutboxStatus.Sent => "sent",
        OutboxStatus.Failed => "failed",
        OutboxStatus.Skipped => "skipped",
        OutboxStatus.Waiting => "waiting",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <exception cref="FormatException">The text is no outbox status.</exception>
    public static OutboxStatus Parse(string name) => name switch
    {
        "pending" => OutboxStatus.Pending,
        "sending" => OutboxStatus.Sending,
        "sent" => OutboxStatus.Sent,
        "failed" => OutboxStatus.Failed,
        "skipped" => OutboxStatus.Skipped,
        "waiting" => OutboxStatus.Waiting,
        _ => throw new FormatException($"Unknown outbox status '{name}'."),
    };
}
