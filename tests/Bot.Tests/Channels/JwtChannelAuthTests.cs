using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// /api/messages with MicrosoftAppId set: every request needs a channel token that a published key signed for
/// this bot and this serviceUrl. Refused requests get a 401 problem and run nothing: no transcript, no state,
/// no reply at the channel.
/// </summary>
public sealed partial class JwtChannelAuthTests : IAsyncLifetime, IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly TestSigningKey _key = new("key-1", "emulator", "webchat");
    private ChannelAuthServer _auth = null!;
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _auth = await ChannelAuthServer.StartAsync(_key);
        _sink = await ChannelSink.StartAsync();
        _bot = await StartBotAsync(_auth.BotSettings());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _auth.DisposeAsync();
    }

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task A_valid_token_runs_the_turn_and_the_reply_carries_the_bots_own_token()
    {
        var response = await PostAsync(Jwt.Sign(_key, Claims()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _sink.NextAsync();
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
        Assert.Equal(1, _auth.TokenRequests);
        Assert.Equal(2, _bot.Count("transcript"));
    }

    [Fact]
    public async Task A_token_for_another_bot_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["aud"] = "another-bot")));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["iss"] = "https://sts.windows.net/evil/")));

    [Fact]
    public async Task A_token_expired_beyond_the_clock_skew_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["exp"] = _clock.GetUtcNow().AddMinutes(-5).AddSeconds(-1).ToUnixTimeSeconds())));

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted()
    {
        var token = Jwt.Sign(_key, Claims(c => c["exp"] = _clock.GetUtcNow().AddMinutes(-4).ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(token)).StatusCode);
        await _sink.NextAsync();
    }

    [Fact]
    public async Task A_token_that_is_not_valid_yet_is_refused_beyond_the_skew_and_accepted_within_it()
    {
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["nbf"] = _clock.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds())));

        var soon = Jwt.Sign(_key, Claims(c => c["nbf"] = _clock.GetUtcNow().AddMinutes(4).ToUnixTimeSeconds()));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(soon)).StatusCode);
    }

    [Fact]
    public async Task Times_at_the_edges_of_the_calendar_are_judged_not_crashed_on()
    {
        var farFuture = Jwt.Sign(_key, Claims(c => c["exp"] = DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(farFuture)).StatusCode);
        await _sink.NextAsync();

        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["nbf"] = DateTimeOffset.MaxValue.ToUnixTimeSeconds())));
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["exp"] = 0)));
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c.Remove("exp"))));

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        await AssertRefusedAsync(Jwt.WithoutSignature(_key.KeyId, Claims()));

    [Fact]
    public async Task A_token_whose_claims_were_changed_after_signing_is_refused()
    {
        var token = Jwt.Sign(_key, Claims(c => c["aud"] = "another-bot")).Split('.');
        var forged = Jwt.Sign(_key, Claims()).Split('.');

        await AssertRefusedAsync(token[0] + "." + forged[1] + "." + token[2]);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task RS384_and_RS512_tokens_are_accepted(string alg)
    {
        var hash = alg == "RS384" ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA512;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.SignRsa(_key, Claims(), alg, hash))).StatusCode);
        await _sink.NextAsync();
    }

    private Task<BotHost> StartBotAsync(Dictionary<string, string?> settings) =>
        BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));

    private JsonObject Claims(Action<JsonObject>? change = null)
    {
        var claims = Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow());
        change?.Invoke(claims);
        return claims;
    }

    private Task<HttpResponseMessage> PostAsync(string token) =>
        _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), token);

    private async Task AssertRefusedAsync(string token) =>
        await AssertRefusedAsync(() => PostAsync(token));

    /// <summary>401 with a problem body, and the request changed nothing and sent nothing.</summary>
    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var before = (_bot.Count("transcript"), _bot.Count("processed_activities"), _bot.Count("state"));

        using var response = await send();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unauthorized", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (_bot.Count("transcript"), _bot.Count("processed_activities"), _bot.Count("state")));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }
}
