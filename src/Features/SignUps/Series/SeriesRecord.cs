namespace EngageBot.Features.SignUps.Series;

/// <summary>A recurring series as staff created it: every <see cref="IntervalWeeks"/> weeks, <see cref="Occurrences"/> times.</summary>
public sealed record SeriesRecord(string Id, string? ClubId, string Title, int IntervalWeeks, int Occurrences, DateTimeOffset CreatedAt);

/// <summary>A series and its occurrences (ordinary activities), soonest first.</summary>
public sealed record SeriesWithOccurrences(SeriesRecord Series, IReadOnlyList<ActivityRecord> Occurrences);

/// <summary>How a change to a series' future occurrences went.</summary>
public enum SeriesChangeKind
{
    Changed,
    NotFound,

    /// <summary>An occurrence already has more members holding seats than the new capacity.</summary>
    CapacityBelowConfirmed,

    /// <summary>The new time would put an occurrence that has not started yet in the past.</summary>
    StartsInPast,
}

/// <summary>
/// The answer to a series change. <see cref="Blocking"/> is the occurrence that made it refuse (nothing changed);
/// <see cref="Results"/> are the occurrences changed or cancelled, with the news each queued.
/// </summary>
public sealed record SeriesChangeResult(SeriesChangeKind Kind, ActivityRecord? Blocking, IReadOnlyList<ActivityUpdateResult> Results);
