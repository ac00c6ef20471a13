using EngageBot.Core.State;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>A crash or a graceful stop in the middle of a broadcast.</summary>
public sealed partial class OutboxDeliveryTests
{
    [Fact]
    public async Task A_crash_mid_broadcast_loses_nobody_and_repeats_at_most_one_round()
    {
        const int members = 60;
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(members);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);

        // Two rounds complete; then a round is claimed and its sends go out, but the process "dies" before the
        // outcomes are recorded (the rows stay claimed, exactly what SIGKILL leaves behind).
        var dispatcher = harness.Get<OutboxDispatcher>();
        await dispatcher.RunRoundAsync(CancellationToken.None);
        await dispatcher.RunRoundAsync(CancellationToken.None);
        var outbox = harness.Get<OutboxStore>();
        var inFlight = await outbox.ClaimAsync(8, Noon, Noon.AddMinutes(5), CancellationToken.None);
        foreach (var item in inFlight)
        {
            harness.Sink.Sent.Enqueue(("conv-" + item.MemberKey.UserId, new Core.Protocol.Activity()));
        }

        // Restart: a new dispatcher on the same file releases the abandoned claims and finishes.
        var restarted = ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services);
        using (var cts = new CancellationTokenSource())
        {
            await restarted.StartAsync(cts.Token);
            await WaitUntilAsync(() => harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'") == 0);
            await restarted.StopAsync(CancellationToken.None);
        }

        var counts = harness.Sink.CountsByConversation();
        Assert.Equal(members, counts.Count);                          // nobody missed
        Assert.Equal(members + inFlight.Count, harness.Sink.Sent.Count); // repeats are exactly the round in flight
        Assert.True(inFlight.Count <= harness.Get<IOptions<DeliveryOptions>>().Value.Concurrency);
        Assert.Equal(new NoticeReport(members, members, 0, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_graceful_stop_mid_broadcast_repeats_nothing()
    {
        const int members = 80;
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await harness.AddMembersAsync(members);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);
        var started = new TaskCompletionSource();
        harness.Sink.BeforeSend = async () =>
        {
            started.TrySetResult();
            await Task.Delay(5);
        };

        var first = ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services);
        await first.StartAsync(CancellationToken.None);
        await started.Task;
        await first.StopAsync(CancellationToken.None);
        var sentBeforeStop = harness.Sink.Sent.Count;
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sending'"));
        Assert.InRange(sentBeforeStop, 1, members - 1);

        harness.Sink.BeforeSend = null;
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));

        Assert.Equal(members, harness.Sink.Sent.Count);
        Assert.All(harness.Sink.CountsByConversation().Values, c => Assert.Equal(1, c));
    }
}
