using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>A signed-in console's hand-off alert stream (Server-Sent Events), read event by event.</summary>
internal sealed class ConsoleEvents : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(90)); // a safety net, not an assertion

    private ConsoleEvents(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Opens the stream on <paramref name="host"/> and reads its <c>ready</c> event.</summary>
    public static async Task<ConsoleEvents> OpenAsync(BotHost host)
    {
        var response = await host.Admin.GetAsync("api/admin/handoffs/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new ConsoleEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal("ready", (await events.NextAsync()).Name);
        return events;
    }

    /// <summary>The next event (comment lines skipped): its name and data.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        string? name = null;
        var data = string.Empty;
        while (await _reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return (name, data);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("The alert stream ended.");
    }

    /// <summary>The ticket ids of the hand-off alerts read until one for <paramref name="ticketId"/>, that one included.</summary>
    public async Task<List<string>> TicketsUntilAsync(string ticketId)
    {
        var tickets = new List<string>();
        while (true)
        {
            var (name, data) = await NextAsync();
            if (name != "handoff")
            {
                continue; // a resync: the console reloads its list
            }

            tickets.Add(JsonDocument.Parse(data).RootElement.GetProperty("ticketId").GetString()!);
            if (tickets[^1] == ticketId)
            {
                return tickets;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
        _stop.Dispose();
    }
}
