namespace EngageBot.Features.SignUps.Changes;

/// <summary>One change as staff see it.</summary>
public sealed record ActivityChangeResponse(int Version, DateTimeOffset ChangedAt, ActivityScheduleResponse Old, ActivityScheduleResponse New);
