using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>A sign-up as stored. <see cref="Id"/> order is arrival order.</summary>
public sealed record SignUpRecord(
    long Id,
    string ActivityId,
    MemberKey Member,
    string DisplayName,
    SignUpStatus Status,
    int? WaitlistPosition,
    string Language,
    ConversationKey? ConversationKey,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? AttendedAt);
