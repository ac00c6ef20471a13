using System.Net;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// With MicrosoftAppId set, a valid channel token still cannot speak for the built-in Direct Line channel, and a
/// verified activity still needs a serviceUrl: both are refused before anything runs.
/// </summary>
public sealed class VerifiedChannelRulesTests : IAsyncLifetime, IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly TestSigningKey _key = new("key-1", "emulator", "engagebot");
    private ChannelAuthServer _auth = null!;
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _auth = await ChannelAuthServer.StartAsync(_key);
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync(settings: _auth.BotSettings(), configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _auth.DisposeAsync();
    }

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task Even_a_key_endorsed_for_it_cannot_deliver_an_activity_of_the_built_in_channel()
    {
        using var response = await _bot.PostActivityAsync(
            Activities.Message(_sink.ServiceUrl, "我的报名", userId: "dl_A001") with { ChannelId = "engagebot" }, Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRan();
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_verified_activity_without_a_serviceUrl_gets_400_and_runs_nothing()
    {
        using var response = await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help") with { ServiceUrl = null }, Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNothingRan();
    }

    [Fact]
    public async Task The_same_token_delivers_an_emulator_activity()
    {
        using var response = await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _sink.NextAsync();
    }

    private string Token() => Jwt.Sign(_key, Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow()));

    private void AssertNothingRan()
    {
        Assert.Equal(0, _bot.Count("transcript"));
        Assert.Equal(0, _bot.Count("processed_activities"));
        Assert.Equal(0, _bot.Count("state"));
    }
}
