namespace EngageBot.Features.SignUps.Admin;

/// <summary>A member in the waitlist; <see cref="Position"/> 1 is next in line.</summary>
public sealed record RosterWaiting(string MemberId, string Name, int Position, DateTimeOffset SignedUpAt, string ChannelId,
    IReadOnlyDictionary<string, string>? Answers = null);
