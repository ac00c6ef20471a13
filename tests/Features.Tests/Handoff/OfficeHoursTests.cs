using EngageBot.Core.Time;
using EngageBot.Features.Handoff;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Handoff;

/// <summary>When a person can reply, in Shanghai time (2026-12-02 is a Wednesday).</summary>
public sealed class OfficeHoursTests
{
    private static OfficeHours Hours(Action<HandoffOptions>? configure = null)
    {
        var options = new HandoffOptions();
        configure?.Invoke(options);
        return new OfficeHours(Options.Create(options), UnionTime.For("Asia/Shanghai"));
    }

    [Fact]
    public void During_office_hours_a_person_replies_now()
    {
        var now = ManualClock.Shanghai(2026, 12, 2, 10, 0);

        var expect = Hours().Expect(now);

        Assert.True(expect.Now);
        Assert.Equal(now, expect.At);
        Assert.Contains("现在是工作时间", HandoffTexts.When(expect, new TimeOnly(9, 0)).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void After_closing_a_person_replies_at_nine_tomorrow()
    {
        var expect = Hours().Expect(ManualClock.Shanghai(2026, 12, 2, 17, 30));

        Assert.False(expect.Now);
        Assert.Equal(ManualClock.Shanghai(2026, 12, 3, 9, 0), expect.At);
        Assert.Equal(1, expect.DaysAhead);
        var when = HandoffTexts.When(expect, new TimeOnly(9, 0));
        Assert.Contains("明天（12月3日 周四）9:00 上班后", when.Zh, StringComparison.Ordinal);
        Assert.Contains("after 9:00 tomorrow (Thu 3 Dec)", when.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_opening_a_person_replies_at_nine_today()
    {
        var expect = Hours().Expect(ManualClock.Shanghai(2026, 12, 2, 7, 30));

        Assert.Equal((ManualClock.Shanghai(2026, 12, 2, 9, 0), 0), (expect.At, expect.DaysAhead));
        Assert.Contains("今天 9:00 上班后", HandoffTexts.When(expect, new TimeOnly(9, 0)).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Friday_evening_waits_for_monday()
    {
        var expect = Hours().Expect(ManualClock.Shanghai(2026, 12, 4, 20, 0));

        Assert.Equal((ManualClock.Shanghai(2026, 12, 7, 9, 0), 3), (expect.At, expect.DaysAhead));
        Assert.Contains("12月7日 周一 9:00", HandoffTexts.When(expect, new TimeOnly(9, 0)).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_is_skipped_and_a_make_up_working_weekend_day_opens()
    {
        var hours = Hours(o =>
        {
            o.Holidays = [new DateOnly(2026, 12, 3)];
            o.WorkingWeekends = [new DateOnly(2026, 12, 5)];
        });

        Assert.False(hours.Expect(ManualClock.Shanghai(2026, 12, 3, 10, 0)).Now);
        Assert.Equal(ManualClock.Shanghai(2026, 12, 4, 9, 0), hours.Expect(ManualClock.Shanghai(2026, 12, 2, 18, 0)).At);
        Assert.Equal(ManualClock.Shanghai(2026, 12, 5, 9, 0), hours.Expect(ManualClock.Shanghai(2026, 12, 4, 18, 0)).At);
        Assert.True(hours.Expect(ManualClock.Shanghai(2026, 12, 5, 10, 0)).Now);
    }

    [Fact]
    public void Settings_that_never_open_or_never_return_are_refused_at_start_up()
    {
        var validator = new HandoffOptionsValidator();

        Assert.True(validator.Validate(null, new HandoffOptions()).Succeeded);
        var bad = validator.Validate(null, new HandoffOptions
        {
            Opens = new TimeOnly(18, 0),
            Closes = new TimeOnly(9, 0),
            WorkingDays = [],
            Holidays = [new DateOnly(2026, 12, 5)],
            WorkingWeekends = [new DateOnly(2026, 12, 5)],
            ReturnToBotAfter = TimeSpan.Zero,
            AnswerWhileWaitingScore = 1.5,
        });

        Assert.True(bad.Failed);
        Assert.Equal(4, bad.Failures!.Count());
        Assert.Contains(bad.Failures!, f => f.Contains("2026-12-05", StringComparison.Ordinal));
    }
}
