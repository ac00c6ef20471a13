namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// <c>POST/PUT /api/admin/activities</c>. Times are ISO 8601; without an offset they are read as the union's
/// local time. Deadlines left out mean "until it starts".
/// </summary>
public sealed record ActivityRequest(
    string? Title,
    string? TitleEn,
    string? ClubId,
    string? StartsAt,
    string? EndsAt,
    string? Place,
    int? Capacity,
    string? SignUpDeadline,
    string? CancelDeadline,
    IReadOnlyList<int>? ReminderLeadMinutes);
