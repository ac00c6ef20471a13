namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// A check-in asked for without its code: the bot asked this member for the on-site code in one conversation. Kept in
/// the member's own state, so in a group several members can be asked at once without one question replacing another.
/// </summary>
public sealed record PendingCheckIn(string UserId, DateTimeOffset AskedAt, string? ConversationId = null);
