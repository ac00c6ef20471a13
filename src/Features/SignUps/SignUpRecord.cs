using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>A sign-up as stored. <see cref="Id"/> order is arrival order.</summary>
public sealed record SignUpRecord(
    long Id,
    string ActivityId,
    MemberRef Member,
    string DisplayName,
    SignUpStatus Status,
    int? WaitlistPosition,
    string Language,
    string? ConversationKey,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? AttendedAt);
