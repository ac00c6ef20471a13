using System.Net;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>The bot's own token for the Connector: fetched once, cached until shortly before it expires, never a broken answer.</summary>
public sealed partial class ConnectorSenderTests
{
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

        // The first reply waited in the outbox; the second goes behind it, and both carry the good token. The retry's
        // backoff is timed by the test clock: move it on until both arrived.
        for (var i = 0; i < 100 && _sink.All.Count < 2; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

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
}
