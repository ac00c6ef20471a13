namespace EngageBot.Features.Staff;

/// <summary>A staff bearer token and when it stops working.</summary>
public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);
