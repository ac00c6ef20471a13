using System.Globalization;
using System.Net;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>Replies and proactive sends over the Connector REST API to a real local Connector service.</summary>
public sealed class ConnectorSenderTests : IAsyncLifetime
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

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "a:1", null, "https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/teams", "a:1", "r|1", "https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities/r%7C1")]
    [InlineData("http://127.0.0.1:5000/", "会话", "", "http://127.0.0.1:5000/v3/conversations/%E4%BC%9A%E8%AF%9D/activities")]
    public void The_activities_url_keeps_the_serviceUrl_path(string serviceUrl, string conversationId, string? replyToId, string expected) =>
        Assert.Equal(expected, ConnectorSender.ActivitiesUrl(serviceUrl, conversationId, replyToId).AbsoluteUri);

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

    [Fact]
    public async Task The_bot_token_is_fetched_once_and_reused_until_shortly_before_it_expires()
    {
        using var key = new TestSigningKey("key-1", "emulator");
        await using var auth = await ChannelAuthServer.StartAsync(key);
        await using var bot = await StartBotAsync(auth.BotSettings());
        async Task<string> ReplyTokenAsync()
        {
            var token = Jwt.Sign(key, Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow()));
            Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), token)).StatusCode);
            return (await _sink.NextAsync()).Authorization;
        }

        _sink.FailNext(503);
        Assert.Equal("Bearer bot-token-1", await ReplyTokenAsync());
        Assert.Equal("Bearer bot-token-1", await ReplyTokenAsync());
        _clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("Bearer bot-token-1", await ReplyTokenAsync());
        Assert.Equal(1, auth.TokenRequests);

        _clock.Advance(TimeSpan.FromMinutes(2)); // the token lives 60 minutes and is renewed 5 minutes before
        Assert.Equal("Bearer bot-token-2", await ReplyTokenAsync());
        Assert.Equal(2, auth.TokenRequests);
    }

    [Theory]
    [InlineData("<html>busy</html>")]
    [InlineData("{}")]
    [InlineData("[1]")]
    [InlineData("""{"access_token":"","expires_in":3600}""")]
    public async Task A_broken_token_answer_is_not_cached_and_does_not_fail_the_request(string body)
    {
        using var key = new TestSigningKey("key-1", "emulator");
        await using var auth = await ChannelAuthServer.StartAsync(key);
        await using var bot = await StartBotAsync(auth.BotSettings());
        string Token() => Jwt.Sign(key, Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow()));
        auth.BrokenTokenBody = body;

        var broken = await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help", id: "first"), Token());

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        auth.BrokenTokenBody = null;
        _clock.Advance(TimeSpan.FromSeconds(1)); // the outbox's retry comes due
        await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help", id: "second"), Token());

        // The first reply waited in the outbox; the second goes behind it, and both carry the good token.
        var first = await _sink.NextAsync();
        var second = await _sink.NextAsync();
        Assert.Equal(("first", "second"), (first.Activity.ReplyToId, second.Activity.ReplyToId));
        Assert.StartsWith("Bearer bot-token-", first.Authorization, StringComparison.Ordinal);
        Assert.Equal(first.Authorization, second.Authorization);
    }

    [Fact]
    public async Task A_token_whose_lifetime_is_a_string_is_understood()
    {
        using var key = new TestSigningKey("key-1", "emulator");
        await using var auth = await ChannelAuthServer.StartAsync(key);
        await using var bot = await StartBotAsync(auth.BotSettings());
        auth.BrokenTokenBody = """{"token_type":"Bearer","access_token":"adfs-token","expires_in":"3599"}""";

        await bot.PostActivityAsync(
            Activities.Message(_sink.ServiceUrl, "help"), Jwt.Sign(key, Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow())));

        Assert.Equal("Bearer adfs-token", (await _sink.NextAsync()).Authorization);
    }

    [Fact]
    public async Task A_proactive_send_to_a_serviceUrl_no_verified_request_carried_is_refused()
    {
        var router = _bot.Services.GetRequiredService<OutboundRouter>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => router.SendAsync(Reference(_sink.ServiceUrl), Notice(), CancellationToken.None));

        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_refused_request_does_not_make_its_serviceUrl_trusted()
    {
        using var key = new TestSigningKey("key-1", "emulator");
        using var forger = new TestSigningKey("key-1", "emulator");
        await using var auth = await ChannelAuthServer.StartAsync(key);
        await using var bot = await StartBotAsync(auth.BotSettings());
        var forged = Jwt.Sign(forger, Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow()));

        var response = await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var router = bot.Services.GetRequiredService<OutboundRouter>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => router.SendAsync(Reference(_sink.ServiceUrl), Notice(), CancellationToken.None));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(0, auth.TokenRequests);
    }

    [Fact]
    public async Task After_a_restart_proactive_sends_reach_serviceUrls_of_stored_references()
    {
        await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help", conversationId: "conv-restart"));
        await _sink.NextAsync();
        await _bot.DisposeAsync();

        _bot = await StartBotAsync(databasePath: _bot.DatabasePath);
        var stored = await _bot.Services.GetRequiredService<IStateStore>().GetReferenceAsync(new ConversationKey("emulator", "conv-restart"), CancellationToken.None);
        var reference = JsonSerializer.Deserialize(stored!.Json, ProtocolJson.Default.ConversationReference)!;
        await _bot.Services.GetRequiredService<OutboundRouter>().SendAsync(reference, Notice(), CancellationToken.None);

        var notice = await _sink.NextAsync();
        Assert.Equal("/v3/conversations/conv-restart/activities", notice.RawTarget);
        Assert.Equal("瑜伽课明天开始", notice.Activity.Text);
        Assert.Equal("user-1", notice.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task After_a_restart_a_serviceUrl_that_no_stored_reference_holds_is_still_refused()
    {
        await using var other = await ChannelSink.StartAsync();
        await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"));
        await _sink.NextAsync();
        await _bot.DisposeAsync();

        _bot = await StartBotAsync(databasePath: _bot.DatabasePath);
        var router = _bot.Services.GetRequiredService<OutboundRouter>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => router.SendAsync(Reference(other.ServiceUrl), Notice(), CancellationToken.None));
        Assert.True(await other.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
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
