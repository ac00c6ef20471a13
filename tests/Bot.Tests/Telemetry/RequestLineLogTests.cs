using System.Collections.Concurrent;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Telemetry;

/// <summary>
/// A request line's query never reaches a log, even with every category at Trace: a Direct Line stream opened with
/// the credential its streamUrl carries (<c>t=</c>) and a request with a code in its query.
/// </summary>
public sealed class RequestLineLogTests
{
    private const string QueryCode = "code-in-the-query-7731";

    [Fact]
    public async Task With_every_category_at_Trace_no_query_credential_is_logged()
    {
        var logs = new LineCapture();
        var settings = DirectLineClient.Settings(("Logging:LogLevel:Default", "Trace"), ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"));
        await using var bot = await BotHost.StartAsync(settings: settings, configure: builder => builder.Logging.AddProvider(logs));
        var client = new DirectLineClient(bot, DirectLineClient.Secret);

        var (conversationId, token, streamUrl) = await client.StartAsync("dl_quiet");
        using var socket = await DirectLineClient.OpenAsync(streamUrl);
        await DirectLineClient.ReceiveUntilAsync(socket, _ => true);
        using var post = await client.PostAsync(conversationId, token, """{"type":"message","text":"你好"}""");
        await DirectLineClient.ReceiveActivitiesAsync(socket, 2);
        using var probe = await bot.Http.GetAsync(new Uri($"/api/members/me/data?code={QueryCode}", UriKind.Relative));

        var streamCredential = Uri.UnescapeDataString(new Uri(streamUrl).Query.Split("t=")[1]);
        var lines = logs.Lines.ToArray();
        Assert.Contains(lines, l => l.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal)); // Trace was on
        Assert.DoesNotContain(lines, l => l.Contains(streamCredential, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(QueryCode, StringComparison.Ordinal));
    }

    /// <summary>Every log line as "category message value…", its structured values included.</summary>
    private sealed class LineCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LineCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = $"{category} {formatter(state, exception)}";
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    line += string.Concat(values.Select(v => $" {v.Key}={v.Value}"));
                }

                owner.Lines.Enqueue(line + exception);
            }
        }
    }
}
