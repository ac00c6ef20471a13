using System.Globalization;
using System.Net;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>Replies and proactive sends over the Connector REST API to a real local Connector service.</summary>
public sealed partial class ConnectorSenderTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await StartBotAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_is_posted_to_the_activities_url_of_its_conversation_with_ids_escaped()
    {
        var activity = Activities.Message(_sink.ServiceUrl, "help", conversationId: "19:a;b|c@thread", id: "act|1/2 x");

        await _bot.PostActivityAsync(activity);

        var reply = await _sink.NextAsync();
        Assert.Equal("/v3/conversations/19%3Aa%3Bb%7Cc%40thread/activities/act%7C1%2F2%20x", reply.RawTarget);
        Assert.Equal("act|1/2 x", reply.Activity.ReplyToId);
        Assert.Equal("19:a;b|c@thread", reply.Activity.Conversation?.Id);
    }

    [Fact]
    public async Task Throttled_and_failed_sends_are_retried_until_one_gets_through_and_it_arrives_once()
    {
        _sink.FailNext(429, "1");
        _sink.FailNext(503);
        _sink.FailNext(500);

        await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));

        var reply = await _sink.NextAsync();
        Assert.StartsWith("I can help you", reply.Activity.Text, StringComparison.Ordinal);
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Single(_sink.All);
    }

    [Fact]
    public async Task A_dropped_connection_is_tried_again()
    {
        _sink.FailNext(0);
        _sink.FailNext(0);

        await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));

        await _sink.NextAsync();
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Single(_sink.All);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_client_error_other_than_429_is_not_retried(int status)
    {
        _sink.FailNext(status);

        var response = await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
        await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));
        await _sink.NextAsync();
        Assert.Single(_sink.All);
    }

    [Fact]
    public async Task A_reply_still_failing_after_MaxAttempts_goes_to_the_outbox_and_arrives_once_when_the_channel_recovers()
    {
        await using var bot = await StartBotAsync(new() { ["Connector:MaxAttempts"] = "3" });
        _sink.FailNext(503);
        _sink.FailNext(502);
        _sink.FailNext(429, "0");

        var response = await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help", id: "a-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _sink.NextAsync();
        Assert.Equal("a-1", reply.Activity.ReplyToId);
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Single(_sink.All);
        Assert.Equal(1, bot.Count("outbox WHERE kind = 'message' AND status = 'sent' AND attempts = 1"));
        Assert.Equal(2, bot.Count("transcript"));
    }

    public static TheoryData<string, string, double> RetryAfterCases => new()
    {
        // Retry-After, MaxDelay, the wait asked for (ms)
        { "1", "00:00:02", 1000 },
        { "120", "00:00:00.050", 50 },
        { "date:+1", "00:00:02", 1000 },
        { "date:-30", "00:00:02", 0 },
    };

    [Theory]
    [MemberData(nameof(RetryAfterCases))]
    public async Task Retry_after_is_honoured_up_to_MaxDelay(string retryAfter, string maxDelay, double expectedMilliseconds)
    {
        await using var bot = await StartBotAsync(new() { ["Connector:MaxDelay"] = maxDelay, ["Connector:BaseDelay"] = "00:00:00.003" });
        var header = retryAfter.StartsWith("date:", StringComparison.Ordinal)
            ? _clock.GetUtcNow().AddSeconds(int.Parse(retryAfter[5..], CultureInfo.InvariantCulture)).ToString("R", CultureInfo.InvariantCulture)
            : retryAfter;
        _sink.FailNext(429, header);
        var timersBefore = _clock.TimerDueTimes.Count; // background services armed theirs at start-up

        await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));

        await _sink.NextAsync();
        var turnTimers = _clock.TimerDueTimes.Skip(timersBefore).ToList();
        if (expectedMilliseconds == 0)
        {
            // A date already past means "now": no retry wait at all (Task.Delay(0) makes no timer). Any wait the
            // connector asked for would be capped at MaxDelay; the other timers are typing's (5 s), background
            // services' (longer) and the SQLite checkpointer's, which ticks meanwhile.
            var max = TimeSpan.Parse(maxDelay, CultureInfo.InvariantCulture);
            Assert.DoesNotContain(turnTimers, due => due > TimeSpan.Zero && due <= max && due != EngageBot.Infrastructure.Sqlite.SqliteDatabase.CheckpointEvery);
        }
        else
        {
            Assert.Contains(TimeSpan.FromMilliseconds(expectedMilliseconds), turnTimers);
        }
    }

    private Task<BotHost> StartBotAsync(Dictionary<string, string?>? settings = null, string? databasePath = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connector:BaseDelay"] = "00:00:00.010",
            ["Connector:MaxDelay"] = "00:00:00.050",
            ["Delivery:BaseDelay"] = "00:00:00.050",
            ["Delivery:MaxDelay"] = "00:00:00.200",
        };
        foreach (var (name, value) in settings ?? [])
        {
            values[name] = value;
        }

        return BotHost.StartAsync(databasePath, values, b => b.Services.AddSingleton<TimeProvider>(_clock));
    }

    private static ConversationReference Reference(string serviceUrl) => new()
    {
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "conv-proactive" },
        User = new ChannelAccount { Id = "user-1" },
        Bot = new ChannelAccount { Id = "bot" },
    };

    private static Activity Notice() => new() { Type = ActivityTypes.Message, Text = "瑜伽课明天开始" };
}
