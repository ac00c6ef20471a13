using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.SignUps;

/// <summary>An activity as reminders see it; <see cref="ReminderLeads"/> null means the defaults (24 h and 2 h).</summary>
public sealed record CalendarActivity(
    string Id,
    string Title,
    string? TitleEn,
    DateTimeOffset StartsAt,
    bool Cancelled,
    IReadOnlyList<TimeSpan>? ReminderLeads = null);
