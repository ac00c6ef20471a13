using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Hosting;

/// <summary>
/// Behind a TLS proxy the service must build https/wss links with the public host, and see the member's address,
/// but only for proxies it was told to trust: anyone else's forwarded headers change nothing.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string PublicHost = "union.example.cn";

    [Fact]
    public async Task Behind_a_trusted_proxy_the_stream_url_is_the_public_wss_address()
    {
        await using var bot = await StartAsync(trusted: "127.0.0.0/8");

        var streamUrl = await StartConversationAsync(bot);

        Assert.StartsWith($"wss://{PublicHost}/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_trusted_proxies_forwarded_headers_are_ignored()
    {
        await using var bot = await StartAsync(trusted: null);

        var streamUrl = await StartConversationAsync(bot);

        Assert.StartsWith("ws://127.0.0.1:", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_from_a_proxy_outside_the_trusted_networks_are_ignored()
    {
        await using var bot = await StartAsync(trusted: "10.0.0.2/32");

        var streamUrl = await StartConversationAsync(bot);

        Assert.StartsWith("ws://127.0.0.1:", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_forwarded_by_a_trusted_proxy_is_not_local_to_anonymous_mode()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = await StartAsync(trusted: "127.0.0.0/8");

        using var response = await bot.PostActivityAsync(Activities.Message(sink.ServiceUrl, "帮助"));

        // The proxy is on loopback, the member behind it is not: anonymous mode answers this machine only.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, bot.Count("transcript"));
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_trusted_network_that_is_not_cidr_stops_start_up()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(trusted: "the proxy"));

        Assert.Contains("Proxy:TrustedNetworks: 'the proxy' is not a network in CIDR form", failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task<BotHost> StartAsync(string? trusted)
    {
        var settings = trusted is null ? DirectLineClient.Settings() : DirectLineClient.Settings(("Proxy:TrustedNetworks:0", trusted));
        var bot = await BotHost.StartAsync(settings: settings);
        bot.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        bot.Http.DefaultRequestHeaders.Add("X-Forwarded-Host", PublicHost);
        bot.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        return bot;
    }

    private static async Task<string> StartConversationAsync(BotHost bot)
    {
        var (_, _, streamUrl) = await new DirectLineClient(bot, DirectLineClient.Secret).StartAsync("dl_proxy", "代理");
        return streamUrl;
    }
}
