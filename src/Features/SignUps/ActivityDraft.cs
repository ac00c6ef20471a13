using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>What staff set when creating or updating an activity (already validated).</summary>
public sealed record ActivityDraft(
    string? ClubId,
    string Title,
    string? TitleEn,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? Place,
    int Capacity,
    DateTimeOffset? SignUpDeadline,
    DateTimeOffset? CancelDeadline,
    IReadOnlyList<TimeSpan> ReminderLeadTimes);
