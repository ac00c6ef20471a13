namespace EngageBot.Features.Handoff;

/// <summary>
/// <c>Handoff</c>: when union staff are at their desks (in the union's local time, <c>Union:TimeZone</c>), how long a
/// member waits before an unanswered hand-off returns to the bot, and how sure the bot must be to answer while they wait.
/// </summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    public static readonly DayOfWeek[] DefaultWorkingDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Weekdays staff work; null (not set) is Monday to Friday. Set as a list, e.g. ["Monday", "Saturday"].</summary>
    public DayOfWeek[]? WorkingDays { get; set; }

    /// <summary>Local opening time on a working day.</summary>
    public TimeOnly Opens { get; set; } = new(9, 0);

    /// <summary>Local closing time on a working day (after <see cref="Opens"/>).</summary>
    public TimeOnly Closes { get; set; } = new(17, 30);

    /// <summary>Public holidays (法定节假日): closed even on a working weekday.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Make-up working days (调休上班): open even on a weekend.</summary>
    public List<DateOnly> WorkingWeekends { get; set; } = [];

    /// <summary>
    /// An unanswered hand-off returns to the bot after this much office time: evenings, days off and holidays do not
    /// count, so a member is returned only after staff had this long on duty (<see cref="OfficeHours.AddOfficeTime"/>).
    /// </summary>
    public TimeSpan ReturnToBotAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>While waiting for staff, knowledge answers at or above this score are still given (by the assistant).</summary>
    public double AnswerWhileWaitingScore { get; set; } = 0.7;

    /// <summary>How often due hand-offs are returned to the bot.</summary>
    public TimeSpan ReturnCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<DayOfWeek> Days => WorkingDays ?? DefaultWorkingDays;
}
