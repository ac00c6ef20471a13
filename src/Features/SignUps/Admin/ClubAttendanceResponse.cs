namespace EngageBot.Features.SignUps.Admin;

/// <summary>Attendance over a club's activities that have started (a null club: standalone activities).</summary>
public sealed record ClubAttendanceResponse(string? ClubId, string? ClubName, int Activities, int Confirmed, int Attended, double AttendanceRate);
