namespace EngageBot.Features.SignUps.Changes;

/// <summary>Time and place before or after a change.</summary>
public sealed record ActivityScheduleResponse(DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string? Place);
