using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

public sealed class InProcessDeliveryTests
{
    private static readonly DateTimeOffset Noon = ManualClock.Shanghai(2026, 11, 20, 12, 0);

    [Fact]
    public async Task In_process_deliveries_commit_with_their_outbox_row_and_never_repeat()
    {
        var (harness, channel) = await TableChannel.StartAsync(Noon, failOnAppend: 11);
        await using var _ = harness;
        await harness.AddMembersAsync(20);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);

        // The second round's append fails part-way and rolls its whole transaction back: neither its messages nor its
        // "sent" marks survive, and its rows wait for a retry instead of staying claimed.
        var dispatcher = harness.Get<OutboxDispatcher>();
        await dispatcher.RunRoundAsync(CancellationToken.None);
        await dispatcher.RunRoundAsync(CancellationToken.None);
        Assert.Equal(8, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));
        Assert.Equal(8, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"));
        Assert.Equal(8, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND reason = 'storage'"));

        // Past the backoff the same dispatcher delivers the rest: every member has exactly one message.
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.DrainAsync();

        channel.AssertOncePerConversation(harness, 20);
        Assert.Equal(new NoticeReport(20, 20, 0, 0, 0, 0), await harness.Get<NoticeStore>().ReportAsync(notice.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Rows_claimed_when_the_process_died_are_delivered_once_after_the_restart()
    {
        var (harness, channel) = await TableChannel.StartAsync(Noon);
        await using var _ = harness;
        await harness.AddMembersAsync(20);
        var notice = await harness.AddNoticeAsync(new NoticeAudience { All = true });
        await harness.Get<NoticeFiringService>().FireAsync(notice.Id, Noon, Noon, false, CancellationToken.None);

        // A round claimed its rows and the process died before completing it.
        await harness.Get<OutboxStore>().ClaimAsync(8, Noon, Noon.AddMinutes(5), CancellationToken.None);
        await TableChannel.RestartDispatcherAsync(harness, Noon);

        channel.AssertOncePerConversation(harness, 20);
    }
}
