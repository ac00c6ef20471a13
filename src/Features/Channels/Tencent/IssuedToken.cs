namespace EngageBot.Features.Channels.Tencent;

/// <summary>An access token as the token endpoint issued it: the value and how long it lives.</summary>
public sealed record IssuedToken(string Value, TimeSpan ExpiresIn);
