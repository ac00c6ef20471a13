using System.Data.Common;
using EngageBot.Core.Protocol;
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

    /// <summary>An in-process channel: appends to a table inside the outbox's transaction; can be told to fail.</summary>
    private sealed class TableChannel : ITransactionalActivitySender
    {
        public int FailOnAppend { get; set; } = -1;

        public int Appends { get; private set; }

        public List<string> Published { get; } = [];

        public bool Handles(ConversationReference reference) => reference.ChannelId == "emulator";

        public async Task<string> AppendAsync(ConversationReference reference, Activity activity, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        {
            if (Appends++ == FailOnAppend)
            {
                throw new IOException("disk full");
            }

            await using var insert = connection.Command("INSERT INTO test_inbox (conversation, text) VALUES (@c, @t)", transaction)
                .With("@c", reference.Conversation.Id).With("@t", activity.Text);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return "id";
        }

        public Task PublishCommittedAsync(IReadOnlyCollection<ConversationReference> references, CancellationToken cancellationToken)
        {
            lock (Published)
            {
                Published.AddRange(references.Select(r => r.Conversation.Id!));
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task In_process_deliveries_commit_with_their_outbox_row_and_never_repeat()
    {
        var channel = new TableChannel { FailOnAppend = 11 };
        await using var harness = await SchedulerHarness.StartAsync(Noon, configure: s => s.AddSingleton<ITransactionalActivitySender>(channel));
        await harness.Get<IDatabase>().WriteAsync(async (c, t) =>
        {
            await using var create = c.Command("CREATE TABLE test_inbox (conversation TEXT NOT NULL, text TEXT NOT NULL)", t);
            return await create.ExecuteNonQueryAsync();
        }, CancellationToken.None);
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
