using EngageBot.Features.SignUps.Admin;

namespace EngageBot.Features.SignUps.Series;

/// <summary>A series with its occurrences; <see cref="Told"/> is how many messages a change queued for members.</summary>
public sealed record SeriesResponse(
    string Id, string? ClubId, string Title, int IntervalWeeks, IReadOnlyList<ActivityResponse> Occurrences, int? Told = null);
