using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Outbox;

public sealed class InProcessDeliveryTests
{
    private static readonly DateTimeOffset Noon = ManualClock.Shanghai(2026, 11, 20, 12, 0);

    [Fact]
    public async Task In_process_deliveries_commit_with_their_outbox_row_and_never_repeat()
    {
        var channel = new TableChannel { FailOnAppend = 11 };
        await using var harness = await SchedulerHarness.StartAsync(Noon, configure: s => s.AddSingleton<ITransactionalActivitySender>(channel));
        await TableChannel.CreateTableAsync(harness.Get<IDatabase>());
        await harness.AddMembersAsync(20);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);

        // The second round's commit fails part-way: neither its messages nor its "sent" marks survive.
        var dispatcher = harness.Get<OutboxDispatcher>();
        await dispatcher.RunRoundAsync(CancellationToken.None);
        await Assert.ThrowsAsync<IOException>(() => dispatcher.RunRoundAsync(CancellationToken.None));
        Assert.Equal(8, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));
        Assert.Equal(8, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"));

        // Restart: the abandoned claims are released and delivered; every member has exactly one message.
        await harness.Get<OutboxStore>().ReleaseAsync(null, Noon, CancellationToken.None);
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));

        Assert.Equal(20, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));
        Assert.Equal(20, harness.Scalar("SELECT COUNT(DISTINCT conversation) FROM test_inbox"));
        Assert.Empty(harness.Sink.Sent); // nothing went the external way
        Assert.Equal(20, channel.Published.Count);
        Assert.Equal(new NoticeReport(20, 20, 0, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }
}
