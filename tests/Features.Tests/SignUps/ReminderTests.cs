using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.Features.Tests.Notices;
using EngageBot.TestKit;
using Quartz;

namespace EngageBot.Features.Tests.SignUps;

public sealed class ReminderTests
{
    private static readonly DateTimeOffset Monday = ManualClock.Shanghai(2026, 11, 16, 10, 0);
    private static readonly DateTimeOffset YogaStarts = ManualClock.Shanghai(2026, 11, 21, 9, 0);

    [Fact]
    public async Task Reminders_are_set_24_hours_and_2_hours_before_the_start_by_default()
    {
        await using var harness = await SchedulerHarness.StartAsync(Monday);
        harness.Calendar.Activities["yoga"] = new CalendarActivity("yoga", "瑜伽课", "Yoga", YogaStarts, false);

        var times = await harness.Get<ReminderScheduler>().ScheduleAsync("yoga", CancellationToken.None);

        Assert.Equal([YogaStarts.AddHours(-24), YogaStarts.AddHours(-2)], times);
        Assert.Equal(2, (await (await harness.QuartzAsync()).GetTriggersOfJob(JobKeys.Reminder("yoga"))).Count);
    }

    [Fact]
    public async Task An_activity_can_set_its_own_lead_times_and_past_ones_are_left_out()
    {
        await using var harness = await SchedulerHarness.StartAsync(YogaStarts.AddHours(-3));
        harness.Calendar.Activities["yoga"] = new CalendarActivity("yoga", "瑜伽课", null, YogaStarts, false, [TimeSpan.FromHours(48), TimeSpan.FromMinutes(30)]);

        var times = await harness.Get<ReminderScheduler>().ScheduleAsync("yoga", CancellationToken.None);

        Assert.Equal([YogaStarts.AddMinutes(-30)], times);
    }

    [Fact]
    public async Task Cancelling_an_activity_cancels_its_reminders()
    {
        await using var harness = await SchedulerHarness.StartAsync(Monday);
        harness.Calendar.Activities["yoga"] = new CalendarActivity("yoga", "瑜伽课", null, YogaStarts, false);
        var reminders = harness.Get<ReminderScheduler>();
        await reminders.ScheduleAsync("yoga", CancellationToken.None);

        await reminders.CancelAsync("yoga", CancellationToken.None);

        Assert.False(await (await harness.QuartzAsync()).Exists(JobKeys.Reminder("yoga")));
    }

    [Fact]
    public async Task A_due_reminder_reaches_confirmed_attendees_even_unsubscribed_ones_and_only_once()
    {
        var due = YogaStarts.AddHours(-2);
        await using var harness = await SchedulerHarness.StartAsync(due);
        await harness.AddMembersAsync(3);
        harness.Calendar.Activities["yoga"] = new CalendarActivity("yoga", "瑜伽课", null, YogaStarts, false);
        harness.Calendar.Confirmed["yoga"] = [new AudienceMember(new MemberKey("emulator", "u0000")), new AudienceMember(new MemberKey("emulator", "u0002"))];
        await harness.Get<SubscriptionStore>().SetAsync(new MemberKey("emulator", "u0002"), false, CancellationToken.None);
        var sender = harness.Get<ReminderSender>();

        Assert.Equal(FiringResult.Expanded, await sender.SendAsync("yoga", TimeSpan.FromHours(2), due, CancellationToken.None));
        Assert.Equal(FiringResult.AlreadyDone, await sender.SendAsync("yoga", TimeSpan.FromHours(2), due, CancellationToken.None));
        await harness.DrainAsync();

        Assert.Equal(["conv-u0000", "conv-u0002"], harness.Sink.CountsByConversation().Keys.Order());
        Assert.All(harness.Sink.Sent, s => Assert.Contains("瑜伽课", s.Activity.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_for_an_activity_cancelled_or_moved_since_sends_nothing()
    {
        var due = YogaStarts.AddHours(-24);
        await using var harness = await SchedulerHarness.StartAsync(due);
        await harness.AddMembersAsync(1);
        harness.Calendar.Confirmed["yoga"] = [new AudienceMember(new MemberKey("emulator", "u0000"))];
        var sender = harness.Get<ReminderSender>();

        harness.Calendar.Activities["yoga"] = new CalendarActivity("yoga", "瑜伽课", null, YogaStarts, Cancelled: true);
        Assert.Equal(FiringResult.Ignored, await sender.SendAsync("yoga", TimeSpan.FromHours(24), due, CancellationToken.None));
        harness.Calendar.Activities["yoga"] = new CalendarActivity("yoga", "瑜伽课", null, YogaStarts.AddDays(1), false);
        Assert.Equal(FiringResult.Ignored, await sender.SendAsync("yoga", TimeSpan.FromHours(24), due, CancellationToken.None));
        await harness.DrainAsync();

        Assert.Empty(harness.Sink.Sent);
    }
}
