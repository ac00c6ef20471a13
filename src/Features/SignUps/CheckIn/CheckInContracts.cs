namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// <c>GET/POST /api/admin/activities/{id}/checkin-qr</c>: the QR code (SVG) of <see cref="Url"/>, the member page's
/// check-in for this activity, beside the 6-digit code; check-in is open from <see cref="OpensAt"/> to <see cref="ClosesAt"/>.
/// </summary>
public sealed record CheckInQrResponse(string ActivityId, string Code, string Url, string Svg, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary><c>GET /api/admin/activities/{id}/attendance</c>.</summary>
public sealed record ActivityAttendanceResponse(string ActivityId, string Title, DateTimeOffset StartsAt, int Held, int Attended, int Waitlisted, double Rate);

/// <summary><c>POST /api/members/me/checkins</c> {token} from the QR code's URL.</summary>
public sealed record MemberCheckInRequest(string? Token);

/// <summary>A check-in that counted: <c>checkedIn</c>, or <c>alreadyCheckedIn</c> when the member had already.</summary>
public sealed record MemberCheckInResponse(string Status, string ActivityId, string Title, string? TitleEn, DateTimeOffset StartsAt);
