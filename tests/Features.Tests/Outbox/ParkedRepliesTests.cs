using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>
/// Turn replies are parked in the turn's own commit and sent live after it: a process that dies between the two
/// loses none of them, and an in-process channel gets each exactly once.
/// </summary>
public sealed class ParkedRepliesTests
{
    private static readonly DateTimeOffset Noon = ManualClock.Shanghai(2026, 11, 20, 12, 0);

    [Fact]
    public async Task Replies_committed_with_their_turn_but_never_sent_are_sent_after_a_restart_once_each()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        await ParkAsync(harness, Reply("webchat", "c1", "一"), Reply("webchat", "c2", "二"));

        // The live send holds them: the dispatcher leaves them alone.
        Assert.Equal(0, await harness.DrainAsync());

        // The process died before sending: the next one moves every parked reply to the outbox at start-up and sends them.
        Assert.Equal(2, await RestartAsync(harness));
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));

        Assert.Equal(["c1:一", "c2:二"], harness.Sink.Sent.Select(s => s.Conversation + ":" + s.Activity.Text).Order());
        Assert.All(harness.Sink.Sent, s => Assert.StartsWith("reply|webchat/" + s.Conversation, s.Activity.Id, StringComparison.Ordinal));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')"));
    }

    [Fact]
    public async Task On_an_in_process_channel_a_reply_is_appended_in_its_turns_commit_or_once_behind_a_waiting_message()
    {
        var channel = new TableChannel();
        await using var harness = await SchedulerHarness.StartAsync(Noon, configure: s => s.AddSingleton<ITransactionalActivitySender>(channel));
        await TableChannel.CreateTableAsync(harness.Get<IDatabase>());
        var outbox = harness.Get<IOutbox>();
        var replies = new[] { Reply("emulator", "c1", "一"), Reply("emulator", "c2", "二"), Reply("emulator", "c3", "三") };

        // A turn whose commit rolls back leaves neither an append nor a parked row.
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Get<IDatabase>().WriteAsync<int>(async (connection, transaction) =>
        {
            await outbox.ParkAsync(connection, transaction, [replies[0]], CancellationToken.None);
            throw new InvalidOperationException("state changed");
        }, CancellationToken.None));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));

        // c3 has an earlier message waiting: its reply goes behind it. The others are in the channel with their commit.
        await outbox.EnqueueAsync(Reply("emulator", "c3", "早先的") with { IdempotencyKey = "earlier|c3" }, CancellationToken.None);
        await ParkAsync(harness, replies);
        Assert.Equal(2, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));
        Assert.Equal(1, harness.Scalar("SELECT COUNT(*) FROM parked_replies"));

        foreach (var reply in replies)
        {
            await outbox.DeliverParkedAsync(reply, CancellationToken.None);
        }

        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));
        Assert.Equal(0, await RestartAsync(harness));
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));

        Assert.Equal(["c1:一", "c2:二", "c3:早先的", "c3:三"], await InboxAsync(harness));
        Assert.Equal(["c1", "c2", "c3", "c3"], channel.Published.Order());
        Assert.Empty(harness.Sink.Sent);
    }

    [Fact]
    public async Task A_parked_in_process_reply_is_appended_once_whether_the_live_send_or_the_dispatcher_after_a_restart_does_it()
    {
        var channel = new TableChannel();
        await using var harness = await SchedulerHarness.StartAsync(Noon, configure: s => s.AddSingleton<ITransactionalActivitySender>(channel));
        await TableChannel.CreateTableAsync(harness.Get<IDatabase>());
        var outbox = harness.Get<IOutbox>();
        var replies = new[] { Reply("emulator", "c1", "一"), Reply("emulator", "c2", "二") };
        foreach (var reply in replies)
        {
            await outbox.EnqueueAsync(reply with { IdempotencyKey = "earlier|" + reply.ConversationKey }, CancellationToken.None);
        }

        await ParkAsync(harness, replies);
        Assert.Equal(2, harness.Scalar("SELECT COUNT(*) FROM parked_replies"));

        // The process died before either live send: after the restart the dispatcher appends both.
        Assert.Equal(2, await RestartAsync(harness));
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));

        // A live send that comes after the dispatcher took its row over appends nothing.
        await outbox.DeliverParkedAsync(replies[1], CancellationToken.None);

        Assert.Equal(4, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));
        Assert.Equal(2, harness.Scalar("SELECT COUNT(*) FROM test_inbox WHERE conversation = 'c2'"));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM parked_replies"));
        Assert.Empty(harness.Sink.Sent);
    }

    [Fact]
    public async Task A_reply_the_channel_cannot_take_now_waits_for_its_Retry_After_and_a_refused_one_is_not_retried()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        harness.Sink.Failing["c1"] = (HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        harness.Sink.Failing["c2"] = (HttpStatusCode.Forbidden, null);
        var replies = new[] { Reply("webchat", "c1", "一"), Reply("webchat", "c2", "二") };
        await ParkAsync(harness, replies);
        var outbox = harness.Get<IOutbox>();

        foreach (var reply in replies)
        {
            await outbox.DeliverParkedAsync(reply, CancellationToken.None);
        }

        harness.Sink.Failing.Clear();
        Assert.True(outbox.IsHolding(new ConversationKey("webchat", "c1")));
        Assert.Equal(0, await harness.DrainAsync()); // not due before its Retry-After
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        await harness.DrainAsync();

        Assert.Equal(["c1:一"], harness.Sink.Sent.Select(s => s.Conversation + ":" + s.Activity.Text));
        Assert.Equal(1, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status = 'failed' AND reason = 'refused'"));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM parked_replies"));
    }

    [Fact]
    public async Task A_delivered_reply_leaves_no_row_and_one_whose_delete_a_crash_cut_off_is_sent_again_with_the_same_id()
    {
        await using var harness = await SchedulerHarness.StartAsync(Noon);
        var replies = new[] { Reply("webchat", "c1", "一"), Reply("webchat", "c2", "二") };
        await ParkAsync(harness, replies);
        var outbox = harness.Get<IOutbox>();
        var delivered = harness.Get<DeliveredReplies>();

        await outbox.DeliverParkedAsync(replies[0], CancellationToken.None);
        await delivered.FlushAsync();
        Assert.Equal(1, harness.Scalar("SELECT COUNT(*) FROM parked_replies"));

        // The live send of the second one reached the channel, but the process died before its row's delete committed.
        await harness.Get<OutboundRouter>().SendAsync(replies[1].Reference, replies[1].Activity, CancellationToken.None);
        Assert.Equal(1, await RestartAsync(harness));
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));

        Assert.Equal(["c1:一", "c2:二", "c2:二"], harness.Sink.Sent.Select(s => s.Conversation + ":" + s.Activity.Text).Order());
        Assert.Single(harness.Sink.Sent.Where(s => s.Conversation == "c2").Select(s => s.Activity.Id).Distinct()); // at least once, same id
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM parked_replies"));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'"));
    }

    private static OutboxMessage Reply(string channel, string conversation, string text)
    {
        var key = $"reply|{channel}/{conversation}|a1|0";
        var reference = new ConversationReference
        {
            ChannelId = channel,
            ServiceUrl = "http://127.0.0.1:1/",
            User = new ChannelAccount { Id = "u-" + conversation },
            Bot = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = conversation },
        };
        return new OutboxMessage(key, new ConversationKey(channel, conversation), new MemberKey(channel, "u-" + conversation), reference,
            new Activity { Type = ActivityTypes.Message, Id = key, Text = text });
    }

    private static async Task<List<string>> InboxAsync(SchedulerHarness harness)
    {
        await using var connection = await harness.Get<IDatabase>().OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT conversation || ':' || text FROM test_inbox ORDER BY rowid");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>What a new process does at start-up: parked replies of the previous life go to the outbox.</summary>
    private static Task<int> RestartAsync(SchedulerHarness harness) => harness.Get<ParkedReplies>().RecoverAsync(null, CancellationToken.None);

    /// <summary>Writes the replies as a turn's commit does.</summary>
    private static Task<int> ParkAsync(SchedulerHarness harness, params OutboxMessage[] replies) =>
        harness.Get<IDatabase>().WriteAsync(async (connection, transaction) =>
        {
            await harness.Get<IOutbox>().ParkAsync(connection, transaction, replies, CancellationToken.None);
            return replies.Length;
        }, CancellationToken.None);
}
