using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task An_open_console_is_told_when_a_waiting_member_writes_and_reads_the_message_and_the_answer_in_order()
    {
        using var console = await ConsoleEvents.OpenAsync(_bot);
        var member = new ConversationScript(_bot, _sink.ServiceUrl);
        await member.SendAsync("转人工");
        var opened = await NextAlertAsync(console);
        Assert.Equal("Opened", opened.GetProperty("kind").GetString());
        var ticketId = opened.GetProperty("ticketId").GetString();

        // The assistant answers a question it is sure of; staff still see both, the question first.
        await member.ExpectAsync("孩子喂奶的地方", "（智能助手）");
        var answered = await NextAlertAsync(console);
        Assert.Equal("MemberMessage", answered.GetProperty("kind").GetString());
        Assert.Equal(ticketId, answered.GetProperty("ticketId").GetString());
        Assert.Equal("王芳", answered.GetProperty("memberName").GetString());
        var lines = await TranscriptAsync(ticketId!);
        Assert.Equal("in", lines[^2].Direction);
        Assert.Equal("孩子喂奶的地方", lines[^2].Text);
        Assert.Equal("out", lines[^1].Direction);
        Assert.StartsWith("（智能助手）", lines[^1].Text, StringComparison.Ordinal);

        // A message for staff alerts the console too.
        await member.SendAsync("我的会员卡丢了");
        var relayed = await NextAlertAsync(console);
        Assert.Equal(("MemberMessage", ticketId), (relayed.GetProperty("kind").GetString(), relayed.GetProperty("ticketId").GetString()));
        Assert.Contains(("in", "我的会员卡丢了"), (await TranscriptAsync(ticketId!)).Select(l => (l.Direction, l.Text)));
    }

    /// <summary>The next hand-off alert's data (a resync in between is skipped).</summary>
    private static async Task<JsonElement> NextAlertAsync(ConsoleEvents console)
    {
        while (true)
        {
            var (name, data) = await console.NextAsync();
            if (name == "handoff")
            {
                return JsonDocument.Parse(data).RootElement.Clone();
            }
        }
    }

    private async Task<List<(string? Direction, string? Text)>> TranscriptAsync(string ticketId)
    {
        var ticket = await _bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/handoffs/{ticketId}");
        return ticket.GetProperty("transcript").EnumerateArray()
            .Select(l => (l.GetProperty("direction").GetString(), l.GetProperty("text").GetString())).ToList();
    }
}
