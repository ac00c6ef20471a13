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
        var logs = new LogCapture();
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
        var lines = logs.Entries.Where(l => l.Message == TraceRecordingRoute.LogLine).Select(l => l.ScopeValues()).ToArray();
        Assert.Equal(2, lines.Length);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(turns[i].TraceId, lines[i]["TraceId"]);
            Assert.Equal(turns[i].SpanId, lines[i]["SpanId"]);
            Assert.Equal($"trace-{i + 1}", lines[i]["ConversationId"]); // the turn's own scope is there too
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
}
