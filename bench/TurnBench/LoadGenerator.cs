using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace EngageBot.Bench;

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers, each with its own share of the users (so one user never
/// has two turns in flight), posting message activities and timing each turn from the start of its POST
/// to the arrival of its reply at the sink (a group message the bot stays quiet on: to the end of its POST).
/// What each turn says comes from <see cref="TurnMix"/>; with <c>freshConversations</c> every turn starts a new
/// conversation of its (returning) user, else each user keeps one conversation. An optional rate caps turns per
/// second for soaks. With several instances (one PostgreSQL) turns go round robin over them, one after the other, so
/// consecutive turns of one conversation land on different instances (no affinity: the worst case for state CAS). A user the bot hands to staff (two misses in a row) goes back to the bot on their next 1:1 turn,
/// so every 1:1 turn expects a reply and a missing one is an error, never a by-design silence.
/// </summary>
public sealed class LoadGenerator(IReadOnlyList<Uri> serviceBases, ConnectorSink sink, int users, TurnMix mix, bool freshConversations, bool spreadUsers = true)
{
    private const int Groups = 10;
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Uri[] _messages = [.. serviceBases.Select(b => new Uri(b, "api/messages"))];
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private long _sequence;
    private long _next;

    private long _completed;

    /// <summary>Turns finished so far (measured or not): the divisor for CPU and statements per turn over a window.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Measured turns are those that started at or after this Stopwatch timestamp.</summary>
    public long MeasureFrom { get; set; } = long.MaxValue;

    public async Task<List<Sample>[]> RunAsync(HttpClient http, int concurrency, double ratePerSecond, CancellationToken stop)
    {
        var pace = ratePerSecond > 0 ? new Pacer(ratePerSecond) : null;
        var samples = new List<Sample>[concurrency];
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            samples[w] = new List<Sample>(1 << 16);
            var mine = Enumerable.Range(0, users).Where(u => u % concurrency == w).ToArray();
            if (spreadUsers)
            {
                // An order of its own per worker (fixed, so runs repeat): in the order w, w+c, … the users in flight
                // had neighbouring numbers, so one commit's keys shared index leaves, which real members' would not
                // (bench/README.md, "Nineteenth session").
                new Random(w).Shuffle(mine);
            }
            var list = samples[w];
            workers[w] = Task.Run(() => WorkAsync(http, mine, list, pace, stop), CancellationToken.None);
        }

        await Task.WhenAll(workers);
        return samples;
    }

    private async Task WorkAsync(HttpClient http, int[] mine, List<Sample> samples, Pacer? pace, CancellationToken stop)
    {
        var turn = 0;
        while (!stop.IsCancellationRequested)
        {
            if (pace is not null && !await pace.WaitTurnAsync(stop))
            {
                break;
            }

            var user = mine[turn % mine.Length];
            var userTurn = turn / mine.Length;
            var planned = mix.Plan(user, userTurn);
            // A new conversation each turn leaves a hand-off behind in the old one.
            if (!planned.InGroup && !freshConversations && sink.TakeHandedOff(ConversationId(user, userTurn, planned)))
            {
                planned = TurnMix.BackToBot(user);
            }

            turn++;
            var id = $"{_runId}-{Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture)}";
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Json(id, user, userTurn, planned)));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var started = Stopwatch.GetTimestamp();
            var ok = false;
            try
            {
                var target = _messages.Length == 1 ? _messages[0] : _messages[(int)(Interlocked.Increment(ref _next) % _messages.Length)];
                using var response = await http.PostAsync(target, content, CancellationToken.None);
                ok = response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
            }

            var ended = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _completed);
            var replied = sink.TryTakeArrival(id, out var arrival);
            if (started >= MeasureFrom && !stop.IsCancellationRequested)
            {
                samples.Add(planned.ExpectsReply
                    ? new Sample(planned.Kind, started, replied ? arrival.Ticks : ended, ok && replied)
                    : new Sample(planned.Kind, started, ended, ok && !replied));
            }
        }
    }

    /// <summary>The activity JSON the channel would post (built by hand: the bench measures the service, not its own serialiser).</summary>
    public string Json(string id, int user, int userTurn, PlannedTurn turn)
    {
        var conversation = turn.InGroup
            ? $$"""{"id":"{{ConversationId(user, userTurn, turn)}}","isGroup":true}"""
            : $$"""{"id":"{{ConversationId(user, userTurn, turn)}}"}""";
        var say = turn.Text is null ? string.Empty : $",\"text\":{JsonSerializer.Serialize(turn.Text, Relaxed)}";
        var value = turn.ValueJson is null ? string.Empty : $",\"value\":{turn.ValueJson}";
        return $$"""
            {"type":"message","id":"{{id}}","channelId":"emulator","serviceUrl":"{{sink.ServiceUrl}}","from":{"id":"user-{{user}}","name":"Member {{user}}"},"recipient":{"id":"bot","name":"bot"},"conversation":{{conversation}}{{say}}{{value}},"locale":"zh-CN","timestamp":"2026-01-01T00:00:00Z"}
            """;
    }

    private string ConversationId(int user, int userTurn, PlannedTurn turn) =>
        turn.InGroup ? $"group-{_runId}-{user % Groups}"
        : freshConversations ? $"conv-{_runId}-{user}-{userTurn}"
        : $"conv-{_runId}-{user}";

    /// <summary>Hands out send slots at a fixed rate across all workers.</summary>
    private sealed class Pacer(double ratePerSecond)
    {
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly double _ticksPerTurn = Stopwatch.Frequency / ratePerSecond;
        private long _next;

        public async Task<bool> WaitTurnAsync(CancellationToken stop)
        {
            var slot = Interlocked.Increment(ref _next) - 1;
            var due = _start + (long)(slot * _ticksPerTurn);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>One turn: its kind, when its POST started, when its reply arrived, and whether it fully succeeded.</summary>
public readonly record struct Sample(TurnKind Kind, long Started, long Replied, bool Ok)
{
    public double LatencyMs => Stopwatch.GetElapsedTime(Started, Replied).TotalMilliseconds;
}
