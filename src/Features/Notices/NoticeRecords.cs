using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>Who a notice goes to. Any combination; a member reached twice gets it once.</summary>
public sealed record NoticeAudience
{
    public bool? All { get; init; }
    public IReadOnlyList<string>? Groups { get; init; }
    public IReadOnlyList<string>? Clubs { get; init; }
    public IReadOnlyList<string>? Activities { get; init; }
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>Organisation units of the roster (paths such as 区总工会/基层工会): their active members and those of every unit under them.</summary>
    public IReadOnlyList<string>? Units { get; init; }

    /// <summary>Conversations posted to as a whole (conversation reference keys): the group a staff "/notice" came from.</summary>
    public IReadOnlyList<string>? Conversations { get; init; }

    /// <summary>WeCom group robots staff registered (by name): the notice is posted into each robot's group.</summary>
    public IReadOnlyList<string>? WecomRobots { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => All != true && Count(Groups) + Count(Clubs) + Count(Activities) + Count(Members) + Count(Units) + Count(Conversations) + Count(WecomRobots) == 0;

    private static int Count(IReadOnlyList<string>? ids) => ids?.Count ?? 0;
}

/// <summary>What staff ask for: text in Chinese (and optionally English), audience, and when.</summary>
public sealed record NoticeDraft
{
    public string? Text { get; init; }
    public string? TextEn { get; init; }
    public NoticeAudience? Audience { get; init; }
    public DateTimeOffset? SendAt { get; init; }
    public string? Cron { get; init; }
    public bool? Urgent { get; init; }
    public string? ActivityId { get; init; }

    /// <summary>Ask members to confirm they got it (确认收到): the message carries a confirm button.</summary>
    public bool? AskReceipt { get; init; }

    /// <summary>Remind those who have not confirmed this many hours after it went out (with <see cref="AskReceipt"/>).</summary>
    public double? RemindAfterHours { get; init; }

    /// <summary>
    /// The 公众号 template (模板消息) or subscription notice (订阅通知) for followers outside WeChat's 48-hour window, and
    /// which notice field fills which of its keys; checked and kept by the WeChat channel (<see cref="INoticeDraftPart"/>).
    /// </summary>
    [System.Text.Json.Serialization.JsonPropertyName("wechat")]
    public EngageBot.Features.Channels.WeChat.Templates.WeChatNoticeTemplate? WeChat { get; init; }
}

/// <summary>A stored notice. <see cref="Kind"/> is "notice" or "reminder".</summary>
public sealed record Notice(
    string Id,
    string Kind,
    string Text,
    string? TextEn,
    string? ActivityId,
    NoticeAudience Audience,
    DateTimeOffset? SendAt,
    string? Cron,
    string TimeZone,
    bool Urgent,
    NoticeStatus Status,
    DateTimeOffset CreatedAt,
    string? CreatedBy)
{
    /// <summary>Members are asked to confirm they got it.</summary>
    public bool AsksReceipt { get; init; }

    /// <summary>The automatic reminder of those who have not confirmed, this long after the notice fired.</summary>
    public TimeSpan? RemindAfter { get; init; }

    /// <summary>On a reminder round (<see cref="NoticeKinds.ReceiptReminder"/>): the notice it reminds of.</summary>
    public string? Reminds { get; init; }

    /// <summary>The notice the message's confirm button confirms, when it has one.</summary>
    public string? ConfirmsNotice => Reminds ?? (AsksReceipt ? Id : null);
}

/// <summary>
/// Delivery counts of a notice across all its firings; "pending" includes rows being sent; "waiting" are rostered
/// members who have not signed in yet, whose copy waits for their first sign-in.
/// </summary>
public sealed record NoticeReport(long Recipients, long Sent, long Pending, long Failed, long Skipped, long Waiting);

/// <summary>One firing of a notice: expanded to the outbox, held for quiet hours, or skipped as missed.</summary>
public sealed record NoticeFiring(string Id, DateTimeOffset ScheduledAt, DateTimeOffset FiredAt, FiringStatus Status, string? Reason, long Recipients);

/// <summary>The kinds of notice rows.</summary>
public static class NoticeKinds
{
    public const string Notice = "notice";
    public const string Reminder = "reminder";

    /// <summary>A reminder round of a notice that asks for receipts, to those who have not confirmed.</summary>
    public const string ReceiptReminder = "receipt_reminder";
}
