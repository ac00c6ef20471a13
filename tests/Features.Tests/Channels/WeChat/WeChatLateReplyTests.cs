using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.WeChat.Passive;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Replies that miss WeChat's passive window leave through the one outbox (retries, backoff, restarts), and a
/// retried message is answered with the passive reply its first delivery got.
/// </summary>
public sealed class WeChatLateReplyTests
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Delivery:BaseDelay"] = "00:00:00.050",
        ["Delivery:MaxDelay"] = "00:00:00.200",
        ["Delivery:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task A_late_reply_refused_as_busy_is_retried_by_the_outbox_until_the_customer_service_api_takes_it()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(TimeSpan.FromMilliseconds(200), s => probe.AddTo(s), FastRetries);
        wechat.Stub.Busy = true;

        Assert.Null(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml("o_late_1", TurnProbe.HoldText))));
        probe.Release();
        await UntilAsync(() => wechat.Stub.BusyAnswers >= 2);
        wechat.Stub.Busy = false;

        var sent = await wechat.Stub.NextAsync();
        Assert.Equal("o_late_1", sent["touser"]!.GetValue<string>());
        Assert.Equal("custom", sent["api"]!.GetValue<string>());
        await UntilAsync(() => CountMessages(wechat.Host.DatabasePath) == 0);
        Assert.Single(wechat.Stub.Accepted);
    }

    [Fact]
    public async Task A_late_reply_still_waiting_in_the_outbox_is_delivered_after_a_restart()
    {
        var probe = new TurnProbe();
        var first = await WeChatHost.StartAsync(TimeSpan.FromMilliseconds(200), s => probe.AddTo(s), FastRetries);
        var (stub, database) = (first.Stub, first.Host.DatabasePath);
        await using var _ = stub;
        try
        {
            stub.Busy = true;
            Assert.Null(await first.Push.ReplyAsync(await first.Push.PlainAsync(first.Push.TextXml("o_late_2", TurnProbe.HoldText))));
            probe.Release();
            await UntilAsync(() => stub.BusyAnswers >= 1);
        }
        finally
        {
            await first.Host.DisposeAsync(); // the stub lives on: WeChat does not restart with us
        }

        Assert.Equal(1, CountMessages(database));
        stub.Busy = false;
        await using var second = await WeChatHost.StartAsync(settings: FastRetries, databasePath: database, stub: stub);

        var sent = await stub.NextAsync();
        Assert.Equal("o_late_2", sent["touser"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(WeChatApiStub.Text(sent)));
        await UntilAsync(() => CountMessages(database) == 0);
        Assert.Single(stub.Accepted);
    }

    [Fact]
    public async Task A_retry_that_arrives_while_the_first_delivery_waits_gets_the_same_passive_reply()
    {
        var probe = new TurnProbe();
        await using var wechat = await WeChatHost.StartAsync(services: s => probe.AddTo(s));
        var xml = wechat.Push.TextXml("o_retry_1", TurnProbe.HoldText, msgId: "7000000000000000001");

        var firstDelivery = wechat.Push.PlainAsync(xml);
        await UntilAsync(() => !probe.Turns.IsEmpty);
        var retry = wechat.Push.PlainAsync(xml);
        probe.Release();

        var answers = await Task.WhenAll(wechat.Push.ReplyAsync(await firstDelivery), wechat.Push.ReplyAsync(await retry));
        Assert.All(answers, Assert.NotNull);
        Assert.Equal(answers[0]!["Content"], answers[1]!["Content"]);
        Assert.Single(probe.Turns);
        Assert.Empty(wechat.Stub.Accepted);
    }

    [Fact]
    public void A_slot_takes_replies_up_to_WeChats_size_then_is_full_and_refuses_all_once_closed()
    {
        var slots = new PassiveSlots();
        var slot = slots.Open("o_slot", "m-1", out var opened);
        var again = slots.Open("o_slot", "m-1", out var openedAgain);

        Assert.True(opened);
        Assert.False(openedAgain);
        Assert.Same(slot, again);
        Assert.Equal(PassiveOffer.Taken, slots.Offer("o_slot", "m-1", "第一段"));
        Assert.Equal(PassiveOffer.Closed, slots.Offer("o_slot", "m-2", "别的消息"));
        Assert.Equal(PassiveOffer.Full, slots.Offer("o_slot", "m-1", new string('长', 700)));
        Assert.Equal(PassiveOffer.Full, slots.Offer("o_slot", "m-1", "短的也排在后面"));
        Assert.Equal("第一段", slots.Close("o_slot", "m-1", slot));
        Assert.Equal(PassiveOffer.Closed, slots.Offer("o_slot", "m-1", "晚到的"));
    }

    [Fact]
    public async Task The_sender_puts_a_waiting_callbacks_reply_into_its_slot_and_defers_one_that_no_longer_fits()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var router = wechat.Host.Services.GetRequiredService<OutboundRouter>();
        var slots = wechat.Host.Services.GetRequiredService<PassiveSlots>();
        var slot = slots.Open("o_slot_2", "m-9", out _);
        wechat.Stub.RecordInbound("o_slot_2");

        await router.SendAsync(Reference("o_slot_2"), Reply("m-9", "好的"), CancellationToken.None);
        var deferred = await Assert.ThrowsAsync<HttpRequestException>(
            () => router.SendAsync(Reference("o_slot_2"), Reply("m-9", new string('长', 700)), CancellationToken.None));
        await router.SendAsync(Reference("o_slot_2"), Reply("m-other", "另一条"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, deferred.StatusCode);
        Assert.IsType<TimeSpan>(deferred.Data["RetryAfter"]);
        Assert.Equal("好的", slots.Close("o_slot_2", "m-9", slot));
        Assert.Equal(["另一条"], wechat.Stub.Accepted.Select(WeChatApiStub.Text));
    }

    private static ConversationReference Reference(string openId) => new()
    {
        ChannelId = "wechat",
        User = new ChannelAccount { Id = openId },
        Conversation = new ConversationAccount { Id = openId },
    };

    private static Activity Reply(string replyTo, string text) => new() { Type = ActivityTypes.Message, Text = text, ReplyToId = replyTo };

    /// <summary>Turn replies waiting in the outbox, read from the stopped host's file.</summary>
    internal static long CountMessages(string databasePath)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE kind = 'message' AND status IN ('pending', 'sending')";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Waits for something the service does in the background (never a timed assertion: it only bounds a hang).</summary>
    internal static async Task UntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }
}
