namespace EngageBot.Features.SignUps;

/// <summary>Sign-ups (confirmed, waitlisted or attended) for a club's activities; a null club id means activities without a club.</summary>
public sealed record ClubSignUps(string? ClubId, string Name, long SignUps);
