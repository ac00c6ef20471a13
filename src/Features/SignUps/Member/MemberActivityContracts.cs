using EngageBot.Features.SignUps.Forms;

namespace EngageBot.Features.SignUps.Member;

/// <summary><c>GET /api/members/activities</c>: the clubs to filter by and the upcoming activities, soonest first.</summary>
public sealed record MemberActivityList(IReadOnlyList<MemberClub> Clubs, IReadOnlyList<MemberActivity> Activities);

/// <summary>A club as the filter shows it.</summary>
public sealed record MemberClub(string Id, string Name, string? NameEn);

/// <summary>
/// One upcoming activity for the member: seats left (0 = full, the waitlist is open), whether sign-up is still open,
/// the member's own place (<see cref="MyStatus"/> confirmed / waitlisted / attended, null when not signed up) and
/// the sign-up form's fields to ask.
/// </summary>
public sealed record MemberActivity(
    string Id,
    string Title,
    string? TitleEn,
    string? ClubId,
    string? ClubName,
    string? ClubNameEn,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? Place,
    int Capacity,
    int SeatsLeft,
    int Waitlisted,
    DateTimeOffset SignUpClosesAt,
    bool SignUpOpen,
    string? MyStatus,
    IReadOnlyList<FormField> Fields);

/// <summary>The body of a sign-up or of a change of answers: the form's answers by field key (none when there is no form).</summary>
public sealed record MemberAnswersRequest(Dictionary<string, string?>? Answers);

/// <summary>
/// A sign-up that took a seat (<c>confirmed</c>) or a waitlist place (<c>waitlisted</c>, with <see cref="WaitlistPlace"/>);
/// <see cref="Message"/> says so in the member's language.
/// </summary>
public sealed record MemberSignUpResponse(string Status, string ActivityId, int? WaitlistPlace, string Message);

/// <summary>
/// One of the member's sign-ups ("我的报名"): its state, what they may still do (change the answers, cancel, check in)
/// and the form with their answers.
/// </summary>
public sealed record MySignUp(
    string ActivityId,
    string Title,
    string? TitleEn,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? Place,
    string Status,
    int? WaitlistPlace,
    DateTimeOffset SignUpClosesAt,
    DateTimeOffset CancelClosesAt,
    bool CanChange,
    bool CanCancel,
    bool CheckInOpen,
    IReadOnlyList<FormField> Fields,
    IReadOnlyDictionary<string, string> Answers);

/// <summary>What a change, a cancellation or a check-in did, in the member's language.</summary>
public sealed record MemberActionResponse(string Status, string ActivityId, string Message);
