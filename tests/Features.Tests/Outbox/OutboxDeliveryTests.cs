using EngageBot.Core.State;
using System.Net;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Outbox;

public sealed partial class OutboxDeliveryTests
{
    private static readonly DateTimeOffset Noon = ManualClock.Shanghai(2026, 11, 20, 12, 0);

    [Fact]
    public async Task A_notice_to_all_reaches_every_member_once_and_not_groups()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(25);
        await harness.AddMemberAsync("group-1", isGroup: true);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        var result = await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(FiringResult.Expanded, result);
        var counts = harness.Sink.CountsByConversation();
        Assert.Equal(25, counts.Count);
        Assert.All(counts.Values, c => Assert.Equal(1, c));
        Assert.DoesNotContain("conv-group-1", counts.Keys);
        Assert.Equal(new NoticeReport(25, 25, 0, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Firing_the_same_time_again_writes_and_sends_nothing_more()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(5);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        var firing = harness.Get<NoticeFiringService>();

        await firing.FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();
        var again = await firing.FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(FiringResult.AlreadyDone, again);
        Assert.Equal(5, harness.Sink.Sent.Count);
        Assert.Equal(5, harness.Scalar("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task A_member_named_twice_and_reached_through_all_gets_one_message()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(3);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true, Members = ["emulator/u0000", "emulator/u0000", "emulator/nobody"] });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(3, harness.Sink.Sent.Count);
        var report = await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None);
        Assert.Equal(new NoticeReport(4, 3, 0, 1, 0, 0), report); // "nobody" never talked to the bot: failed as unreachable
    }

    [Fact]
    public async Task Unsubscribed_members_are_recorded_as_skipped_and_not_sent()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(4);
        await harness.Get<SubscriptionStore>().SetAsync(new MemberKey("emulator", "u0001"), false, CancellationToken.None);
        await harness.Get<SubscriptionStore>().SetAsync(new MemberKey("emulator", "u0002"), false, CancellationToken.None);
        await harness.Get<SubscriptionStore>().SetAsync(new MemberKey("emulator", "u0002"), true, CancellationToken.None);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        Assert.DoesNotContain("conv-u0001", harness.Sink.CountsByConversation().Keys);
        Assert.Contains("conv-u0002", harness.Sink.CountsByConversation().Keys);
        Assert.Equal(new NoticeReport(4, 3, 0, 0, 1, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }

    [Fact]
    public async Task English_members_get_the_English_text_and_a_sign_up_card()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMemberAsync("zh", locale: "zh-CN");
        await harness.AddMemberAsync("en", locale: "en-US");
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true }, textEn: "Yoga is cancelled", activityId: "act-9");

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();

        var sent = harness.Sink.Sent.ToDictionary(s => s.Conversation, s => s.Activity);
        Assert.Equal("周六9点瑜伽课取消", sent["conv-zh"].Text);
        Assert.Equal("Yoga is cancelled", sent["conv-en"].Text);
        var card = sent["conv-zh"].Attachments![0].Content!.Value;
        var button = card.GetProperty("buttons")[0];
        Assert.Equal("postBack", button.GetProperty("type").GetString());
        Assert.Equal("signup", button.GetProperty("value").GetProperty("action").GetString());
        Assert.Equal("act-9", button.GetProperty("value").GetProperty("activityId").GetString());
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_then_sent()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(2);
        harness.Sink.Failing["conv-u0001"] = (HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(3));
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        await harness.DrainAsync();
        Assert.Equal(new NoticeReport(2, 1, 1, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));

        harness.Sink.Failing.Clear();
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await harness.DrainAsync()); // Retry-After not over yet
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        await harness.DrainAsync();

        Assert.Equal(new NoticeReport(2, 2, 0, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
        Assert.Equal(1, harness.Sink.CountsByConversation()["conv-u0001"]);
    }

    [Fact]
    public async Task A_403_is_a_permanent_failure_for_that_member_only_and_5xx_gives_up_after_max_attempts()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon, configure: s => s.Configure<DeliveryOptions>(o => o.MaxAttempts = 3));
        await harness.AddMembersAsync(3);
        harness.Sink.Failing["conv-u0000"] = (HttpStatusCode.Forbidden, null);
        harness.Sink.Failing["conv-u0001"] = (HttpStatusCode.ServiceUnavailable, null);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });

        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await harness.DrainAsync();
            harness.Clock.Advance(TimeSpan.FromMinutes(30));
        }

        Assert.Equal(new NoticeReport(3, 1, 0, 2, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
        Assert.Equal("http_403", harness.Scalar("SELECT COUNT(*) FROM outbox WHERE reason = 'http_403'") == 1 ? "http_403" : "missing");
        Assert.Equal(3, harness.Scalar("SELECT attempts FROM outbox WHERE member_key = 'emulator/u0001'"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
