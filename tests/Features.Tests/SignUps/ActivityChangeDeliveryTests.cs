using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.Changes;
using EngageBot.Features.Tests.Notices;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>
/// An activity moved through the sign-up service, delivered by the real outbox dispatcher: each member told once,
/// in their language, old → new; a process that stops between the change and the delivery loses nothing and sends
/// nothing twice; the reminders move with the start.
/// </summary>
public sealed class ActivityChangeDeliveryTests
{
    private static readonly DateTimeOffset Now = ManualClock.Shanghai(2026, 12, 1, 10, 0);
    private static readonly DateTimeOffset Starts = ManualClock.Shanghai(2026, 12, 5, 14, 0);
    private static readonly DateTimeOffset Moved = ManualClock.Shanghai(2026, 12, 6, 9, 30);

    [Fact]
    public async Task After_a_restart_between_the_change_and_the_delivery_each_member_is_told_once_in_their_language()
    {
        var path = Path.Combine(Path.GetTempPath(), "engagebot-scheduler-tests", Guid.NewGuid().ToString("N"), "engagebot.db");
        string activityId;
        await using (var before = await StartAsync(path))
        {
            activityId = await CreateWithMembersAsync(before);
            var service = before.Get<SignUpService>();
            var activity = (await before.Get<ActivityStore>().GetAsync(activityId, CancellationToken.None))!;

            await service.UpdateActivityAsync(activityId, Draft(activity) with { StartsAt = Moved, EndsAt = Moved.AddHours(2), Place = "工人文化宫 2 楼" }, CancellationToken.None);
        }

        await using var after = await StartAsync(path);
        Assert.Equal(3, await after.DrainAsync());
        Assert.Equal(0, await after.DrainAsync());

        var sent = after.Sink.Sent.ToDictionary(s => s.Conversation, s => s.Activity);
        Assert.Equal(["conv-u0000", "conv-u0001", "conv-u0002"], sent.Keys.Order());
        Assert.Equal(
            "您报名的「瑜伽体验课」有变动：\n时间由 12月5日（周六）14:00–16:00 改为 12月6日（周日）09:30–11:30\n地点由 职工之家 3 楼 改为 工人文化宫 2 楼\n如不能参加，请发送“我的报名”取消，把名额留给其他会员。",
            sent["conv-u0000"].Text);
        Assert.StartsWith("“Yoga taster”, which you signed up for, has changed:\nTime: Sat 5 Dec 14:00–16:00 → Sun 6 Dec 09:30–11:30\nPlace: 职工之家 3 楼 → 工人文化宫 2 楼", sent["conv-u0001"].Text, StringComparison.Ordinal);
        Assert.Equal("en-US", sent["conv-u0001"].Locale);
        Assert.StartsWith("您候补的「瑜伽体验课」有变动：\n时间由", sent["conv-u0002"].Text, StringComparison.Ordinal);
        Assert.Equal(["我的报名"], sent["conv-u0002"].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Moving_the_start_moves_the_reminders_and_a_member_who_cancelled_before_delivery_is_not_told()
    {
        await using var harness = await StartAsync();
        var activityId = await CreateWithMembersAsync(harness);
        var quartz = await harness.QuartzAsync();
        Assert.Equal([Starts.AddHours(-24), Starts.AddHours(-2)], await FireTimesAsync(quartz, activityId));
        var activity = (await harness.Get<ActivityStore>().GetAsync(activityId, CancellationToken.None))!;

        await harness.Get<SignUpService>().UpdateActivityAsync(activityId, Draft(activity) with { StartsAt = Moved, EndsAt = null }, CancellationToken.None);
        await harness.Get<SignUpService>().CancelAsync(activityId, new MemberKey("emulator", "u0002"), enforceDeadline: false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal([Moved.AddHours(-24), Moved.AddHours(-2)], await FireTimesAsync(quartz, activityId));
        Assert.Equal(["conv-u0000", "conv-u0001"], harness.Sink.CountsByConversation().Keys.Order());
        Assert.All(harness.Sink.CountsByConversation().Values, count => Assert.Equal(1, count));
        Assert.Contains("时间由 12月5日（周六）14:00–16:00 改为 12月6日（周日）09:30", harness.Sink.Sent.Single(s => s.Conversation == "conv-u0000").Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("地点", harness.Sink.Sent.Single(s => s.Conversation == "conv-u0000").Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_moved_and_then_cancelled_before_delivery_sends_only_the_cancellation()
    {
        await using var harness = await StartAsync();
        var activityId = await CreateWithMembersAsync(harness);
        var activity = (await harness.Get<ActivityStore>().GetAsync(activityId, CancellationToken.None))!;
        var service = harness.Get<SignUpService>();

        await service.UpdateActivityAsync(activityId, Draft(activity) with { Place = "工人文化宫 2 楼" }, CancellationToken.None);
        await service.CancelActivityAsync(activityId, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(3, harness.Sink.Sent.Count);
        Assert.All(harness.Sink.Sent, s => Assert.Matches("已取消|has been cancelled", s.Activity.Text));
        Assert.Equal(3L, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'activity_changed'"));
    }

    private static Task<SchedulerHarness> StartAsync(string? path = null) => SchedulerHarness.StartAsync(Now, path, services =>
    {
        services.AddSingleton<ActivityStore>();
        services.AddSingleton<SignUpStore>();
        services.AddSingleton<SignUpFormat>();
        services.AddSingleton<ActivityChangeStore>();
        services.AddSingleton<ActivityChangeTexts>();
        services.AddSingleton<IOutboxRenderer, ActivityChangeRenderer>();
        services.AddSingleton<SignUpNewsStore>();
        services.AddSingleton<SignUpTexts>();
        services.AddSingleton<IOutboxRenderer, SignUpNewsRenderer>();
        services.AddSingleton<IActivityCalendar, SqlActivityCalendar>();
        services.AddSingleton<IActivityScheduleListener, ReminderScheduleListener>();
        services.AddSingleton<SignUpService>();
    });

    /// <summary>Capacity 2: u0000 (Chinese) and u0001 (English) hold seats, u0002 waits.</summary>
    private static async Task<string> CreateWithMembersAsync(SchedulerHarness harness)
    {
        await harness.AddMembersAsync(3);
        var created = await harness.Get<SignUpService>().CreateActivityAsync(
            new ActivityDraft(null, "瑜伽体验课", "Yoga taster", Starts, Starts.AddHours(2), "职工之家 3 楼", 2, null, null, []), CancellationToken.None);
        string[] languages = ["zh", "en", "zh"];
        for (var i = 0; i < 3; i++)
        {
            var user = "u" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            await harness.Get<SignUpService>().SignUpAsync(
                new SignUpRequest(created.Id, new MemberKey("emulator", user), "会员" + i, languages[i], new ConversationKey("emulator", "conv-" + user), null),
                CancellationToken.None);
        }

        return created.Id;
    }

    private static ActivityDraft Draft(ActivityRecord a) => new(
        a.ClubId, a.Title, a.TitleEn, a.StartsAt, a.EndsAt, a.Place, a.Capacity, a.SignUpDeadline, a.CancelDeadline, a.ReminderLeadTimes);

    private static async Task<List<DateTimeOffset>> FireTimesAsync(IScheduler quartz, string activityId) =>
        [.. (await quartz.GetTriggersOfJob(JobKeys.Reminder(activityId))).Select(t => t.StartTimeUtc).Order()];
}
