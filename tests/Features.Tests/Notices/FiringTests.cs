using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;
using Quartz;

namespace EngageBot.Features.Tests.Notices;

public sealed class FiringTests
{
    [Fact]
    public async Task A_non_urgent_notice_at_23_30_is_held_until_07_00_and_then_sent()
    {
        var night = ManualClock.Shanghai(2026, 11, 20, 23, 30);
        await using var harness = await SchedulerHarness.StartAsync(night);
        await harness.AddMembersAsync(3);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeScheduler>().ScheduleAsync(notice, night, CancellationToken.None);
        var firing = harness.Get<NoticeFiringService>();

        var result = await firing.FireAsync(notice.Id, night, night, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(FiringResult.Held, result);
        Assert.Empty(harness.Sink.Sent);
        var scheduler = await harness.QuartzAsync();
        var triggers = await scheduler.GetTriggersOfJob(JobKeys.Notice(notice.Id));
        var seven = ManualClock.Shanghai(2026, 11, 21, 7, 0);
        var hold = Assert.Single(triggers, t => t.JobDataMap.ContainsKey(JobKeys.HeldFiring));
        Assert.Equal(seven, hold.StartTimeUtc);

        // The same firing run again (a duplicate) is not held twice; at 07:00 the hold sends it.
        Assert.Equal(FiringResult.AlreadyDone, await firing.FireAsync(notice.Id, night, night, false, CancellationToken.None));
        harness.Clock.Set(seven.AddSeconds(2));
        Assert.Equal(FiringResult.Expanded, await firing.FireAsync(notice.Id, night, seven, true, CancellationToken.None));
        await harness.DrainAsync();
        Assert.Equal(3, harness.Sink.Sent.Count);
    }

    [Fact]
    public async Task An_urgent_notice_goes_out_during_quiet_hours()
    {
        var night = ManualClock.Shanghai(2026, 11, 20, 2, 15);
        await using var harness = await SchedulerHarness.StartAsync(night);
        await harness.AddMembersAsync(2);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true }, urgent: true);

        Assert.Equal(FiringResult.Expanded, await harness.Get<NoticeFiringService>().FireAsync(notice.Id, night, night, false, CancellationToken.None));
        await harness.DrainAsync();

        Assert.Equal(2, harness.Sink.Sent.Count);
    }

    [Fact]
    public async Task A_firing_missed_by_a_little_goes_out_late()
    {
        var due = ManualClock.Shanghai(2026, 11, 20, 9, 0);
        await using var harness = await SchedulerHarness.StartAsync(due.AddMinutes(14));
        await harness.AddMembersAsync(2);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        Assert.Equal(FiringResult.Expanded, await harness.Get<NoticeFiringService>().FireAsync(notice.Id, due, due, false, CancellationToken.None));
        await harness.DrainAsync();

        Assert.Equal(2, harness.Sink.Sent.Count);
        Assert.All(harness.Sink.Sent, s => Assert.Equal("周六9点瑜伽课取消", s.Activity.Text)); // nothing odd said about lateness
    }

    [Fact]
    public async Task A_firing_missed_by_long_is_recorded_as_skipped_and_sends_nothing()
    {
        var due = ManualClock.Shanghai(2026, 11, 20, 9, 0);
        await using var harness = await SchedulerHarness.StartAsync(due.AddHours(3));
        await harness.AddMembersAsync(2);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        var result = await harness.Get<NoticeFiringService>().FireAsync(notice.Id, due, due, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(FiringResult.Skipped, result);
        Assert.Empty(harness.Sink.Sent);
        var firing = Assert.Single(await harness.Get<NoticeStore>().FiringsAsync(notice.Id, CancellationToken.None));
        Assert.Equal((FiringStatus.Skipped, "missed", due), (firing.Status, firing.Reason, firing.ScheduledAt));
        Assert.Equal(NoticeStatus.Done, (await harness.Get<NoticeStore>().GetAsync(notice.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_cancelled_notice_fires_nothing()
    {
        var now = ManualClock.Shanghai(2026, 11, 20, 10, 0);
        await using var harness = await SchedulerHarness.StartAsync(now);
        await harness.AddMembersAsync(2);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeScheduler>().ScheduleAsync(notice, now, CancellationToken.None);

        Assert.True(await harness.Get<NoticeService>().CancelAsync(notice, CancellationToken.None));
        var result = await harness.Get<NoticeFiringService>().FireAsync(notice.Id, now, now, false, CancellationToken.None);

        Assert.Equal(FiringResult.Ignored, result);
        Assert.False(await (await harness.QuartzAsync()).Exists(JobKeys.Notice(notice.Id)));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Each_firing_of_a_recurring_notice_is_its_own_broadcast()
    {
        var friday = ManualClock.Shanghai(2026, 11, 20, 9, 0);
        await using var harness = await SchedulerHarness.StartAsync(friday);
        await harness.AddMembersAsync(3);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true }, cron: "0 0 9 ? * FRI");
        var firing = harness.Get<NoticeFiringService>();

        await firing.FireAsync(notice.Id, friday, friday, false, CancellationToken.None);
        harness.Clock.Set(friday.AddDays(7));
        await firing.FireAsync(notice.Id, friday.AddDays(7), friday.AddDays(7), false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(6, harness.Sink.Sent.Count);
        Assert.Equal(2, (await harness.Get<NoticeStore>().FiringsAsync(notice.Id, CancellationToken.None)).Count);
        Assert.Equal(NoticeStatus.Scheduled, (await harness.Get<NoticeStore>().GetAsync(notice.Id, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData("every Friday 09:00", "0 0 9 ? * FRI")]
    [InlineData("every day 07:30", "0 30 7 * * ?")]
    [InlineData("每周五 9:00", "0 0 9 ? * FRI")]
    [InlineData("0 0 9 ? * MON-FRI", "0 0 9 ? * MON-FRI")]
    public void Cron_text_becomes_a_Quartz_expression(string text, string expected) =>
        Assert.Equal(expected, CronText.ToQuartz(text));

    [Theory]
    [InlineData("every Funday 09:00")]
    [InlineData("every Friday 25:00")]
    [InlineData("tomorrow")]
    public void Cron_text_that_means_nothing_is_refused(string text) => Assert.Null(CronText.ToQuartz(text));

    [Fact]
    public async Task A_Friday_09_00_cron_fires_at_09_00_Shanghai_time()
    {
        var wednesday = ManualClock.Shanghai(2026, 11, 18, 12, 0);
        await using var harness = await SchedulerHarness.StartAsync(wednesday);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true }, cron: "0 0 9 ? * FRI");

        var times = NoticeScheduler.NextFireTimes(notice, wednesday, 2);
        await harness.Get<NoticeScheduler>().ScheduleAsync(notice, wednesday, CancellationToken.None);
        var trigger = Assert.Single(await (await harness.QuartzAsync()).GetTriggersOfJob(JobKeys.Notice(notice.Id)));

        Assert.Equal([ManualClock.Shanghai(2026, 11, 20, 9, 0), ManualClock.Shanghai(2026, 11, 27, 9, 0)], times);
        Assert.Equal(ManualClock.Shanghai(2026, 11, 20, 9, 0), trigger.GetFireTimeAfter(wednesday));
        Assert.Equal(CronTriggerMisfireInstruction.IgnoreMisfires, ((ICronTrigger)trigger).MisfireInstruction);
    }
}
