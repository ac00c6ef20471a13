namespace EngageBot.Core.Retention;

/// <summary>The kinds of stored data that are deleted once older than their limit (<c>Retention:…</c> settings).</summary>
public enum RetentionKind
{
    /// <summary>Redelivery marks of processed activities.</summary>
    DedupMarks,

    /// <summary>The turn transcript (every inbound and outbound activity).</summary>
    Transcripts,

    /// <summary>The built-in Direct Line channel's delivery logs.</summary>
    DirectLineLogs,

    /// <summary>Files members uploaded with their messages.</summary>
    Uploads,

    /// <summary>Outbox rows already delivered.</summary>
    DeliveredOutbox,

    /// <summary>The staff audit log.</summary>
    AuditLog,

    /// <summary>Questions the bot could not answer (masked), kept for staff to learn from.</summary>
    UnansweredQuestions,

    /// <summary>Ballots of polls closed longer ago than the limit (the poll and its results stay).</summary>
    PollBallots,
}
