using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>
/// Turn replies are written to the outbox in the turn's own commit and sent live after it: a process that dies
/// between the two loses none of them, and an in-process channel gets each exactly once.
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

        // The process died before sending: the next one releases every claim at start-up and sends them.
        await TableChannel.RestartDispatcherAsync(harness, Noon);

        Assert.Equal(["c1:一", "c2:二"], harness.Sink.Sent.Select(s => s.Conversation + ":" + s.Activity.Text).Order());
        Assert.All(harness.Sink.Sent, s => Assert.StartsWith("reply|webchat/" + s.Conversation, s.Activity.Id, StringComparison.Ordinal));
        Assert.Equal(0, harness.Scalar("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')"));
    }

    [Fact]
    public async Task On_an_in_process_channel_each_reply_is_appended_once_whoever_delivers_it()
    {
        var (harness, channel) = await TableChannel.StartAsync(Noon);
        await using var _ = harness;
        var outbox = harness.Get<IOutbox>();
        var replies = new[] { Reply("emulator", "c1", "一"), Reply("emulator", "c2", "二"), Reply("emulator", "c3", "三") };
        await ParkAsync(harness, replies);

        await outbox.DeliverParkedAsync(replies[0], CancellationToken.None);
        Assert.Equal(2, harness.Scalar("SELECT COUNT(*) FROM outbox")); // the delivered one is gone

        // The process died before the other two: after the restart the dispatcher appends them.
        await TableChannel.RestartDispatcherAsync(harness, Noon);

        // A live send that comes after the dispatcher took its row over appends nothing.
        await outbox.DeliverParkedAsync(replies[2], CancellationToken.None);

        channel.AssertOncePerConversation(harness, 3);
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

    /// <summary>Writes the replies as a turn's commit does.</summary>
    private static Task<int> ParkAsync(SchedulerHarness harness, params OutboxMessage[] replies) =>
        harness.Get<IDatabase>().WriteAsync(async (connection, transaction) =>
        {
            await harness.Get<IOutbox>().ParkAsync(connection, transaction, replies, CancellationToken.None);
            return replies.Length;
        }, CancellationToken.None);
}
