namespace EngageBot.Features.SignUps;

/// <summary>A cancellation waiting for the member's yes or no (kept in conversation state).</summary>
public sealed record PendingCancel(string ActivityId, string UserId, DateTimeOffset AskedAt) : IPendingQuestion;
