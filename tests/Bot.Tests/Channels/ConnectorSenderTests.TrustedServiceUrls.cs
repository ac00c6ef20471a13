using System.Net;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>Proactive sends go only to serviceUrls a verified request carried, also after a restart.</summary>
public sealed partial class ConnectorSenderTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "a:1", null, "https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/teams", "a:1", "r|1", "https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities/r%7C1")]
    [InlineData("http://127.0.0.1:5000/", "会话", "", "http://127.0.0.1:5000/v3/conversations/%E4%BC%9A%E8%AF%9D/activities")]
    public void The_activities_url_keeps_the_serviceUrl_path(string serviceUrl, string conversationId, string? replyToId, string expected) =>
        Assert.Equal(expected, ConnectorSender.ActivitiesUrl(serviceUrl, conversationId, replyToId).AbsoluteUri);

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
        var stored = await _bot.Services.GetRequiredService<IStateStore>().GetReferenceAsync(
            new MemberKey("emulator", "user-1"), new ConversationKey("emulator", "conv-restart"), CancellationToken.None);
        var reference = stored!.Reference;
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
}
