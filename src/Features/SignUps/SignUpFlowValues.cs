using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// What the guided sign-up has chosen so far: the club (<see cref="SignUpFlow.Standalone"/> for activities of no
/// club), the session, and on the form's "field" step the next field and the answers so far (<see cref="Editing"/>
/// when the member is changing the details of a sign-up they hold).
/// </summary>
public sealed record SignUpFlowValues(
    string? ClubId = null,
    string? ActivityId = null,
    int Field = 0,
    Dictionary<string, string>? Answers = null,
    bool Editing = false);
