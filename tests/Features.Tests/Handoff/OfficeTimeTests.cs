using EngageBot.Core.Time;
using EngageBot.Features.Handoff;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>
/// How long a hand-off waits before it returns to the bot: only office time counts (9:00–17:30, Monday to Friday,
/// Shanghai; 2026-12-02 is a Wednesday), so nobody is returned before staff had the set time on duty.
/// </summary>
public sealed class OfficeTimeTests
{
    private static readonly TimeSpan FourHours = TimeSpan.FromHours(4);

    private static OfficeHours Hours(Action<HandoffOptions>? configure = null)
    {
        var options = new HandoffOptions();
        configure?.Invoke(options);
        return new OfficeHours(Options.Create(options), UnionTime.For("Asia/Shanghai"));
    }

    [Fact]
    public void Within_one_working_day_office_time_is_wall_clock_time()
    {
        Assert.Equal(ManualClock.Shanghai(2026, 12, 2, 14, 15), Hours().AddOfficeTime(ManualClock.Shanghai(2026, 12, 2, 10, 15), FourHours));
    }

    [Fact]
    public void Ending_exactly_at_closing_time_returns_at_closing_time()
    {
        Assert.Equal(ManualClock.Shanghai(2026, 12, 2, 17, 30), Hours().AddOfficeTime(ManualClock.Shanghai(2026, 12, 2, 13, 30), FourHours));
    }

    [Fact]
    public void The_evening_does_not_count_the_rest_runs_from_nine_the_next_morning()
    {
        // 16:00–17:30 counts 1.5 h; the other 2.5 h from Thursday 9:00.
        Assert.Equal(ManualClock.Shanghai(2026, 12, 3, 11, 30), Hours().AddOfficeTime(ManualClock.Shanghai(2026, 12, 2, 16, 0), FourHours));
    }

    [Fact]
    public void Opened_before_opening_time_counts_from_nine()
    {
        Assert.Equal(ManualClock.Shanghai(2026, 12, 2, 13, 0), Hours().AddOfficeTime(ManualClock.Shanghai(2026, 12, 2, 6, 45), FourHours));
    }

    [Fact]
    public void Opened_on_friday_evening_it_returns_on_monday_not_at_midnight()
    {
        var friday8pm = ManualClock.Shanghai(2026, 12, 4, 20, 0);

        Assert.Equal(ManualClock.Shanghai(2026, 12, 7, 13, 0), Hours().AddOfficeTime(friday8pm, FourHours));
    }

    [Fact]
    public void A_holiday_is_skipped_and_a_make_up_working_saturday_counts()
    {
        var friday8pm = ManualClock.Shanghai(2026, 12, 4, 20, 0);
        var mondayOff = Hours(o => o.Holidays = [new DateOnly(2026, 12, 7)]);
        var saturdayOn = Hours(o => o.WorkingWeekends = [new DateOnly(2026, 12, 5)]);

        Assert.Equal(ManualClock.Shanghai(2026, 12, 8, 13, 0), mondayOff.AddOfficeTime(friday8pm, FourHours));
        Assert.Equal(ManualClock.Shanghai(2026, 12, 5, 13, 0), saturdayOn.AddOfficeTime(friday8pm, FourHours));
    }

    [Fact]
    public void More_than_a_working_day_spans_several_days()
    {
        // Wednesday 9:00: 8.5 h Wednesday, 8.5 h Thursday, 3 h Friday.
        Assert.Equal(ManualClock.Shanghai(2026, 12, 4, 12, 0), Hours().AddOfficeTime(ManualClock.Shanghai(2026, 12, 2, 9, 0), TimeSpan.FromHours(20)));
    }

    [Fact]
    public void Office_hours_that_never_open_again_are_an_error_not_an_endless_loop()
    {
        var closed = Hours(o =>
        {
            o.WorkingDays = [];
            o.WorkingWeekends = [new DateOnly(2026, 11, 28)];
        });

        Assert.Throws<InvalidOperationException>(() => closed.AddOfficeTime(ManualClock.Shanghai(2026, 12, 2, 10, 0), FourHours));
    }
}
