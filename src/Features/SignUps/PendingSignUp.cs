namespace EngageBot.Features.SignUps;

/// <summary>A sign-up the bot inferred and asked the member to confirm (kept in conversation state).</summary>
public sealed record PendingSignUp(string ActivityId, string UserId, DateTimeOffset AskedAt) : IPendingQuestion;
