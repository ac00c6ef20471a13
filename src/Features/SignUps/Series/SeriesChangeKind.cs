namespace EngageBot.Features.SignUps.Series;

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
