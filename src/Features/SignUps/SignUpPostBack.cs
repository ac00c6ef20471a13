using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>The value of a sign-up button: <c>{"action":"signup"|"cancel","activityId":"…"}</c>.</summary>
public sealed record SignUpPostBack(string Action, string ActivityId);
