using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// What an activity card shows. The sign-ups feature supplies these; <see cref="SeatsLeft"/> null means
/// "no limit", 0 means full (the button then offers the waiting list).
/// </summary>
public sealed record ActivityCard(
    string Id,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string Place,
    int? SeatsLeft,
    string? ImageUrl = null);
