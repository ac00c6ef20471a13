using EngageBot.Core.State;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Notices;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EngageBot.Features.Tests.Notices;

/// <summary>
/// Reminder rounds on the real firing path: the automatic reminder is put on Quartz when the notice fires, and a
/// round reaches only the members who got the notice and have not confirmed, each once however often it runs.
/// </summary>
public sealed class ReceiptReminderTests
{
    private static readonly DateTimeOffset Morning = ManualClock.Shanghai(2026, 12, 1, 10, 0);

    private static async Task<(SchedulerHarness Harness, Notice Notice)> FiredAsync()
    {
        var harness = await SchedulerHarness.StartAsync(Morning, configure: s => s.AddSingleton<IMemberRoster, SqlMemberRoster>());
        await harness.AddMembersAsync(3);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        notice = notice with { Id = notice.Id + "r", AsksReceipt = true, RemindAfter = TimeSpan.FromHours(2) };
        await harness.Get<NoticeStore>().AddAsync(notice, CancellationToken.None);
        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Morning, Morning, false, CancellationToken.None);
        await harness.DrainAsync();
        return (harness, notice);
    }

    [Fact]
    public async Task Firing_a_notice_that_asks_for_receipts_puts_its_automatic_reminder_on_the_schedule_N_hours_later()
    {
        var (harness, notice) = await FiredAsync();
        await using var _ = harness;
        var scheduler = await harness.QuartzAsync();

        var trigger = await scheduler.GetTrigger(new TriggerKey(notice.Id, JobKeys.ReceiptGroup));

        Assert.Equal(3, harness.Sink.Sent.Count);
        Assert.NotNull(trigger);
        Assert.Equal(Morning.AddHours(2), trigger.StartTimeUtc);
        Assert.Equal(JobKeys.ReceiptGroup, trigger.JobKey.Group);
    }

    [Fact]
    public async Task The_automatic_round_reminds_only_the_unconfirmed_and_each_of_them_once()
    {
        var (harness, notice) = await FiredAsync();
        await using var _ = harness;
        await harness.Get<ReceiptStore>().ConfirmAsync(notice.Id, new MemberKey("emulator", "u0000"), "button", Morning.AddMinutes(5), CancellationToken.None);
        harness.Clock.Set(Morning.AddHours(2));
        var reminders = harness.Get<ReceiptReminders>();
        var firing = harness.Get<NoticeFiringService>();

        var round = await reminders.RemindAsync(notice, ReceiptReminders.AutoRoundId(notice.Id), null, CancellationToken.None);
        await firing.FireAsync(round.Id!, Morning.AddHours(2), Morning.AddHours(2), false, CancellationToken.None);
        await harness.DrainAsync();
        // The job recovered after a crash runs the same round again: nobody gets a second copy.
        var again = await reminders.RemindAsync(notice, ReceiptReminders.AutoRoundId(notice.Id), null, CancellationToken.None);
        await firing.FireAsync(again.Id!, Morning.AddHours(2), Morning.AddHours(2), false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(2, round.Reminded);
        Assert.Equal(round.Id, again.Id);
        var sentReminders = harness.Sink.Sent.Skip(3).ToList();
        Assert.Equal(2, sentReminders.Count);
        Assert.All(sentReminders, s => Assert.StartsWith("【提醒】", s.Activity.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(sentReminders, s => s.Conversation.Contains("u0000", StringComparison.Ordinal));
    }
}
