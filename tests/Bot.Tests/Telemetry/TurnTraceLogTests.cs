using System.Collections.Concurrent;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Telemetry;

/// <summary>Every turn runs in an Activity of its own, and what is logged during the turn carries its trace id.</summary>
public sealed partial class TurnTraceLogTests
{
    [Fact]
    public async Task A_turns_log_lines_carry_its_trace_id_and_each_turn_has_its_own()
    {
        await using var sink = await ChannelSink.StartAsync();
        var logs = new CapturingLoggerProvider();
        var route = new TraceRecordingRoute();
        await using var bot = await BotHost.StartAsync(configure: builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.AddSingleton<IBotRoute>(sp => route.WithLogger(sp.GetRequiredService<ILogger<TraceRecordingRoute>>()));
        });

        await bot.PostActivityAsync(Activities.Message(sink.ServiceUrl, TraceRecordingRoute.Command, conversationId: "trace-1"));
        await sink.NextAsync();
        await bot.PostActivityAsync(Activities.Message(sink.ServiceUrl, TraceRecordingRoute.Command, conversationId: "trace-2"));
        await sink.NextAsync();

        var turns = route.Turns.ToArray();
        Assert.Equal(2, turns.Length);
        Assert.All(turns, t => Assert.Equal(TurnTelemetry.Name, t.Source));
        Assert.NotEqual(turns[0].TraceId, turns[1].TraceId);
        var lines = logs.Lines.Where(l => l.Message == TraceRecordingRoute.LogLine).ToArray();
        Assert.Equal(2, lines.Length);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(turns[i].TraceId, lines[i].Scope["TraceId"]);
            Assert.Equal(turns[i].SpanId, lines[i].Scope["SpanId"]);
            Assert.Equal($"trace-{i + 1}", lines[i].Scope["ConversationId"]); // the turn's own scope is there too
        }
    }

    /// <summary>A route that logs one line and notes the Activity it ran in.</summary>
    private sealed partial class TraceRecordingRoute : IBotRoute
    {
        public const string Command = "trace me";
        public const string LogLine = "Traced turn";

        private ILogger _logger = null!;

        public ConcurrentQueue<(string Source, string TraceId, string SpanId)> Turns { get; } = new();

        public TraceRecordingRoute WithLogger(ILogger logger)
        {
            _logger = logger;
            return this;
        }

        public Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
        {
            if (context.Text != Command)
            {
                return Task.FromResult(false);
            }

            var current = System.Diagnostics.Activity.Current!;
            Turns.Enqueue((current.Source.Name, current.TraceId.ToHexString(), current.SpanId.ToHexString()));
            LogTraced(_logger);
            context.Reply(context.Activity.CreateReply("traced"));
            return Task.FromResult(true);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = LogLine)]
        private static partial void LogTraced(ILogger logger);
    }

    /// <summary>Keeps every log line with the values of the scopes around it (as a scope-aware console or JSON logger prints them).</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentQueue<(string Message, Dictionary<string, string?> Scope)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, string?>();
                owner._scopes?.ForEachScope((value, values) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            values[key] = item?.ToString();
                        }
                    }
                }, scope);
                owner.Lines.Enqueue((formatter(state, exception), scope));
            }
        }
    }
}
