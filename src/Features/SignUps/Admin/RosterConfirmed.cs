namespace EngageBot.Features.SignUps.Admin;

/// <summary>A member holding a seat; <see cref="Attended"/> once checked in; <see cref="Answers"/> by form field key.</summary>
public sealed record RosterConfirmed(string MemberId, string Name, DateTimeOffset SignedUpAt, string ChannelId, bool Attended, DateTimeOffset? AttendedAt,
    IReadOnlyDictionary<string, string>? Answers = null);
