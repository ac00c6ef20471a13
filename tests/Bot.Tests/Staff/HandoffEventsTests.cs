using System.Net;
using EngageBot.Bot.Tests.Dialogs;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>The console's live hand-off alerts: a Server-Sent Events stream for signed-in staff only.</summary>
public sealed class HandoffEventsTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Without_staff_credentials_the_stream_is_refused()
    {
        using var response = await _bot.Http.GetAsync("api/admin/handoffs/events", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signed_in_staff_get_an_alert_when_a_member_is_handed_off()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a safety net, not an assertion
        using var response = await _bot.Admin.GetAsync("api/admin/handoffs/events", HttpCompletionOption.ResponseHeadersRead, stop.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        Assert.Equal("event: ready", await reader.ReadLineAsync(stop.Token));
        await reader.ReadLineAsync(stop.Token); // data: {}
        await reader.ReadLineAsync(stop.Token);

        await new ConversationScript(_bot, _sink.ServiceUrl).SendAsync("转人工");

        Assert.Equal("event: handoff", await reader.ReadLineAsync(stop.Token));
        var data = await reader.ReadLineAsync(stop.Token);
        Assert.StartsWith("data: {\"kind\":\"Opened\",\"ticketId\":\"T", data, StringComparison.Ordinal);
        Assert.Contains("\"memberName\":\"王芳\"", data, StringComparison.Ordinal);
    }
}
