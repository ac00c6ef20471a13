using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>What the guided sign-up has chosen so far: the club (<see cref="SignUpFlow.Standalone"/> for activities of no club) and the session.</summary>
public sealed record SignUpFlowValues(string? ClubId = null, string? ActivityId = null);
