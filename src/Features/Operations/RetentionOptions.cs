using EngageBot.Core.Retention;

namespace EngageBot.Features.Operations;

/// <summary>
/// How long each kind of data is kept (<c>Retention:…</c>) and how the nightly purge deletes: in batches of
/// <see cref="BatchSize"/> rows, one short transaction each, with <see cref="PauseBetweenBatches"/> between them so
/// turns waiting for the writer go first.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Off: nothing is deleted on schedule (the dry run and a run on request still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the purge runs: a Quartz cron expression in the union's time zone (03:30 every night).</summary>
    public string Schedule { get; set; } = "0 30 3 * * ?";

    public TimeSpan DedupMarks { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan Transcripts { get; set; } = TimeSpan.FromDays(180);

    public TimeSpan DirectLineLogs { get; set; } = TimeSpan.FromDays(180);

    public TimeSpan Uploads { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan DeliveredOutbox { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan AuditLog { get; set; } = TimeSpan.FromDays(3 * 365);

    public TimeSpan UnansweredQuestions { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Ballots of closed polls: counted from when the poll closed.</summary>
    public TimeSpan PollBallots { get; set; } = TimeSpan.FromDays(180);

    public int BatchSize { get; set; } = 500;

    public TimeSpan PauseBetweenBatches { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The limit set for a kind.</summary>
    public TimeSpan LimitOf(RetentionKind kind) => kind switch
    {
        RetentionKind.DedupMarks => DedupMarks,
        RetentionKind.Transcripts => Transcripts,
        RetentionKind.DirectLineLogs => DirectLineLogs,
        RetentionKind.Uploads => Uploads,
        RetentionKind.DeliveredOutbox => DeliveredOutbox,
        RetentionKind.AuditLog => AuditLog,
        RetentionKind.UnansweredQuestions => UnansweredQuestions,
        RetentionKind.PollBallots => PollBallots,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown retention kind."),
    };
}
