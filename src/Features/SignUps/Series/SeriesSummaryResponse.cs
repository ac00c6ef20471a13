namespace EngageBot.Features.SignUps.Series;

/// <summary>A series in the console's list: how many occurrences are still to come and when the next starts.</summary>
public sealed record SeriesSummaryResponse(string Id, string? ClubId, string Title, int IntervalWeeks, int Upcoming, DateTimeOffset NextStartsAt);
