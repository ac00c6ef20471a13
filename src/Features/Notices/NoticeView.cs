namespace EngageBot.Features.Notices;

/// <summary>A notice as the admin API shows it: what it is, when it fires, and how delivery went.</summary>
public sealed record NoticeView(
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
    string Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<DateTimeOffset> NextFireTimes,
    NoticeReportView Report,
    IReadOnlyList<NoticeFiringView> Firings)
{
    /// <summary>Members are asked to confirm (确认收到); <see cref="Confirmed"/> is how many did.</summary>
    public bool? AskReceipt { get; init; }

    public double? RemindAfterHours { get; init; }

    public long? Confirmed { get; init; }

    /// <summary>Receipt notices: the totals per member, a group post counted as its members (<see cref="ReceiptTotals"/>).</summary>
    public ReceiptTotalsView? Receipts { get; init; }
}

/// <summary>Delivery counts: <c>{"recipients","sent","pending","failed","skipped","waiting"}</c> (waiting: for the member's first sign-in).</summary>
public sealed record NoticeReportView(long Recipients, long Sent, long Pending, long Failed, long Skipped, long Waiting);

/// <summary>One firing: "ready" (expanded to the outbox), "held" (quiet hours), "skipped" (missed, with reason).</summary>
public sealed record NoticeFiringView(DateTimeOffset ScheduledAt, DateTimeOffset FiredAt, string Status, string? Reason, long Recipients);

/// <summary>A page of notices, newest first.</summary>
public sealed record NoticeList(IReadOnlyList<NoticeView> Notices);

/// <summary>What a draft would do: how many it reaches now, when it fires, and whether quiet hours would hold it.</summary>
public sealed record NoticePreview(long Recipients, IReadOnlyList<DateTimeOffset> FireTimes, DateTimeOffset? HeldUntil, string Text, string? TextEn);
