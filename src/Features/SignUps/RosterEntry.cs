using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>One line of a roster: confirmed members in arrival order, then the waitlist in queue order, with the sign-up form's answers.</summary>
public sealed record RosterEntry(
    MemberKey Member,
    string Name,
    SignUpStatus Status,
    int? QueuePlace,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? AttendedAt,
    IReadOnlyDictionary<string, string>? Answers = null);
