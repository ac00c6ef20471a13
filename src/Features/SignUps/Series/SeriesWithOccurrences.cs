namespace EngageBot.Features.SignUps.Series;

/// <summary>A series and its occurrences (ordinary activities), soonest first.</summary>
public sealed record SeriesWithOccurrences(SeriesRecord Series, IReadOnlyList<ActivityRecord> Occurrences);
