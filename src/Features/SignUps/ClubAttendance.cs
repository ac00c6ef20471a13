using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>Attendance over a club's past activities (standalone activities have a null club).</summary>
public sealed record ClubAttendance(string? ClubId, string? ClubName, int Activities, int Confirmed, int Attended);
