namespace EngageBot.Features.SignUps.Series;

/// <summary>A recurring series as staff created it: every <see cref="IntervalWeeks"/> weeks, <see cref="Occurrences"/> times.</summary>
public sealed record SeriesRecord(string Id, string? ClubId, string Title, int IntervalWeeks, int Occurrences, DateTimeOffset CreatedAt);
