using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A typed command: what to do, the day it names (days from today, or a weekday, or the weekend) and the
/// <see cref="Argument"/>: the check-in code, or the name a member gives. Which club or activity it names is matched later against what exists.
/// </summary>
public sealed record SignUpCommand(SignUpCommandKind Kind, string Text, int? InDays, DayOfWeek? Weekday, bool Weekend, string? Argument);
