using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>One recipient of one firing, as written to the outbox.</summary>
public sealed record OutboxRecipient(string MemberKey, string? ReferenceKey);

/// <summary>A claimed row: whom to send which notice to (the conversation reference's JSON, or null when unreachable).</summary>
public sealed record OutboxItem(long Id, string NoticeId, string MemberKey, int Attempts, string? ReferenceJson);

/// <summary>What became of a claimed row.</summary>
public sealed record OutboxOutcome(long Id, string Status, string? Reason, DateTimeOffset? RetryAt = null)
{
    public static OutboxOutcome Sent(long id) => new(id, OutboxStatus.Sent, null);

    public static OutboxOutcome Failed(long id, string reason) => new(id, OutboxStatus.Failed, reason);

    public static OutboxOutcome Skipped(long id, string reason) => new(id, OutboxStatus.Skipped, reason);

    public static OutboxOutcome Retry(long id, string reason, DateTimeOffset at) => new(id, OutboxStatus.Pending, reason, at);
}
