using EngageBot.Core.Time;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Handoff;

/// <summary>
/// When staff are at their desks, in the union's local time: working weekdays from <see cref="HandoffOptions.Opens"/>
/// to <see cref="HandoffOptions.Closes"/>, minus holidays, plus make-up working days.
/// </summary>
public sealed class OfficeHours(IOptions<HandoffOptions> options, UnionTime unionTime)
{
    private const int SearchDays = 400; // a year of holidays cannot hide every working day

    private HandoffOptions Settings => options.Value;

    public bool IsWorkingDay(DateOnly day) =>
        Settings.WorkingWeekends.Contains(day) || (Settings.Days.Contains(day.DayOfWeek) && !Settings.Holidays.Contains(day));

    /// <summary>When a person can reply to a hand-off opened at <paramref name="now"/>: now, or the next opening.</summary>
    public ReplyExpectation Expect(DateTimeOffset now)
    {
        var local = unionTime.ToLocal(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(today) && time >= Settings.Opens && time < Settings.Closes)
        {
            return new ReplyExpectation(true, now, today, 0);
        }

        for (var ahead = time < Settings.Opens ? 0 : 1; ahead <= SearchDays; ahead++)
        {
            var day = today.AddDays(ahead);
            if (IsWorkingDay(day))
            {
                return new ReplyExpectation(false, unionTime.FromLocal(day.ToDateTime(Settings.Opens)), day, ahead);
            }
        }

        throw NeverOpen();
    }

    /// <summary>
    /// When <paramref name="officeTime"/> of office hours has passed since <paramref name="from"/>; evenings, days off and
    /// holidays do not count. With 4 hours: opened Wednesday 16:00 (closing 17:30), Thursday 11:30; opened Friday 20:00, Monday 13:00.
    /// </summary>
    public DateTimeOffset AddOfficeTime(DateTimeOffset from, TimeSpan officeTime)
    {
        var local = unionTime.ToLocal(from);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var left = officeTime;
        for (var daysOff = 0; daysOff <= SearchDays; day = day.AddDays(1), time = TimeOnly.MinValue)
        {
            if (!IsWorkingDay(day))
            {
                daysOff++;
                continue;
            }

            daysOff = 0;
            var start = time > Settings.Opens ? time : Settings.Opens;
            if (start >= Settings.Closes)
            {
                continue;
            }

            var open = Settings.Closes - start;
            if (left <= open)
            {
                return unionTime.FromLocal(day.ToDateTime(start.Add(left)));
            }

            left -= open;
        }

        throw NeverOpen();
    }

    /// <summary><paramref name="at"/> on the union's wall clock.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset at) => unionTime.ToLocal(at);

    private static InvalidOperationException NeverOpen() =>
        new("Handoff office hours never open; check Handoff:WorkingDays and Holidays.");
}

/// <summary>
/// When a person can reply: <see cref="Now"/> during office hours, else at <see cref="At"/>, the opening on local
/// <see cref="Day"/>, <see cref="DaysAhead"/> days after today (0: later today, 1: tomorrow).
/// </summary>
public sealed record ReplyExpectation(bool Now, DateTimeOffset At, DateOnly Day, int DaysAhead);
