namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>A check-in asked for without its code: the bot asked this member for the on-site code (kept in conversation state).</summary>
public sealed record PendingCheckIn(string UserId, DateTimeOffset AskedAt);
