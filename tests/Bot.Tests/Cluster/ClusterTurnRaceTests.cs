using System.Net;
using System.Text.Json;
using EngageBot.Bot.Tests.Turns;
using EngageBot.Core.Turns;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// Issue 14, test 4: two turns of one conversation on two instances at once. No gate spans instances, so both
/// run; the state's compare-and-swap lets one commit, the other re-runs on fresh state (or, out of attempts, is
/// refused with 503 and nothing of it stored). Only committed turns' replies leave.
/// </summary>
public sealed class ClusterTurnRaceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Conversation = "conv-race";

    [Fact]
    public async Task Two_turns_of_one_conversation_on_two_instances_lose_no_update_and_only_the_winners_replies_leave()
    {
        await using var race = await RaceAsync(maxAttempts: 3);

        Assert.All(race.Responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var replies = new[] { await race.Sink.NextAsync(), await race.Sink.NextAsync() };
        Assert.True(await race.Sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)), string.Join(", ", race.Sink.All.Select(r => r.Activity.Type + ":" + r.Activity.Text)));

        // Both racers read 1 and counted 2; the loser's "2" never left and was never stored, its re-run said 3.
        Assert.Equal(["2", "3"], replies.Select(r => r.Activity.Text).Order(StringComparer.Ordinal));
        Assert.Equal(["a2", "b2"], replies.Select(r => r.Activity.ReplyToId!).Order(StringComparer.Ordinal));
        Assert.Equal(4, race.Bot.Attempts.Count); // a warm-up, two racers, one re-run
        Assert.Equal(2, race.Bot.Attempts.Count(a => a == replies.Single(r => r.Activity.Text == "3").Activity.ReplyToId));
        Assert.Equal(3, await race.CounterAsync());
        Assert.Equal(["1", "2", "3"], await race.RepliesStoredAsync());
    }

    [Fact]
    public async Task Out_of_attempts_the_loser_is_refused_with_nothing_stored_and_goes_through_when_sent_again()
    {
        await using var race = await RaceAsync(maxAttempts: 1);

        var refused = Assert.Single(race.Responses, r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.Single(race.Responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.NotNull(refused.Headers.RetryAfter);
        var loser = Array.IndexOf(race.Responses, refused);
        var loserId = loser == 0 ? "a2" : "b2";
        var winner = await race.Sink.NextAsync();
        Assert.Equal(("2", loser == 0 ? "b2" : "a2"), (winner.Activity.Text, winner.Activity.ReplyToId));
        Assert.True(await race.Sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(0, await ClusterNotices.CountAsync(race.ConnectionString, "SELECT count(*) FROM transcript WHERE activity_id = @p", loserId));
        Assert.Equal(0, await ClusterNotices.CountAsync(race.ConnectionString, "SELECT count(*) FROM processed_activities WHERE key LIKE '%' || @p", loserId));
        Assert.Equal(2, await race.CounterAsync());

        using var again = await race.Hosts[loser].PostActivityAsync(race.Turn(loserId));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("3", (await race.Sink.NextAsync()).Activity.Text);
        Assert.Equal(["1", "2", "3"], await race.RepliesStoredAsync());
    }

    [Fact]
    public async Task One_activity_delivered_to_two_instances_at_once_runs_once_and_its_reply_leaves_once()
    {
        // Both racers read "not processed yet" and run the bot; the loser's commit meets the winner's processed mark
        // inside its one-batch commit, so nothing of it is stored and its reply never leaves.
        await using var race = await RaceAsync(maxAttempts: 3, "d2", "d2");

        Assert.All(race.Responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var reply = await race.Sink.NextAsync();
        Assert.True(await race.Sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)), string.Join(", ", race.Sink.All.Select(r => r.Activity.Type + ":" + r.Activity.Text)));

        Assert.Equal(("2", "d2"), (reply.Activity.Text, reply.Activity.ReplyToId));
        Assert.Equal(["t1", "d2", "d2"], race.Bot.Attempts);
        Assert.Equal(2, await race.CounterAsync());
        Assert.Equal(["1", "2"], await race.RepliesStoredAsync());
        Assert.Equal(1, await ClusterNotices.CountAsync(race.ConnectionString, "SELECT count(*) FROM transcript WHERE activity_id = @p", "d2"));
        Assert.Equal(1, await ClusterNotices.CountAsync(race.ConnectionString, "SELECT count(*) FROM processed_activities WHERE key LIKE '%' || @p", "/d2"));
        Assert.Equal(0, await ClusterNotices.CountAsync(race.ConnectionString, "SELECT count(*) FROM outbox"));
    }

    /// <summary>
    /// Turn 1 on instance 0; then turns <paramref name="racers"/> (a2 and b2 unless given) on instances 0 and 1 at once, each waiting in the bot until
    /// both have read the conversation's state (PostgreSQL instances cache no state, so both read counter 1).
    /// </summary>
    private async Task<Race> RaceAsync(int maxAttempts, params string[] racers)
    {
        racers = racers.Length == 0 ? ["a2", "b2"] : racers;
        var connectionString = await postgres.CreateDatabaseAsync();
        var sink = await ChannelSink.StartAsync();
        var racing = 0;
        var bothRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task Pause()
        {
            if (Volatile.Read(ref racing) == 0)
            {
                return Task.CompletedTask;
            }

            if (Interlocked.Increment(ref racing) == 3)
            {
                bothRead.TrySetResult();
            }

            return bothRead.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }

        var bot = new CountingBot(state => state.Conversation, Pause);
        var race = new Race(connectionString, sink, bot);
        var settings = ClusterNotices.Settings(connectionString);
        settings["Turns:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Turns:TypingDelay"] = "00:10:00"; // a turn slowed by a loaded machine sends no "typing…" to the sink
        for (var i = 0; i < 2; i++)
        {
            race.Hosts.Add(await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<IBot>(bot)));
        }

        using (var warmUp = await race.Hosts[0].PostActivityAsync(race.Turn("t1")))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
            Assert.Equal("1", (await sink.NextAsync()).Activity.Text);
        }

        Interlocked.Exchange(ref racing, 1);
        race.Responses = await Task.WhenAll(race.Hosts[0].PostActivityAsync(race.Turn(racers[0])), race.Hosts[1].PostActivityAsync(race.Turn(racers[1])));
        return race;
    }

    private sealed class Race(string connectionString, ChannelSink sink, CountingBot bot) : IAsyncDisposable
    {
        public List<BotHost> Hosts { get; } = [];

        public ChannelSink Sink => sink;

        public CountingBot Bot => bot;

        public HttpResponseMessage[] Responses { get; set; } = [];

        public Core.Protocol.Activity Turn(string id) => Activities.Message(sink.ServiceUrl, "+1", conversationId: Conversation, id: id);

        public string ConnectionString => connectionString;

        public async Task<int> CounterAsync()
        {
            var json = await ClusterNotices.WaitForAsync(connectionString, "SELECT json FROM state WHERE key = @p", "conversation/emulator/" + Conversation);
            return JsonDocument.Parse(json).RootElement.GetProperty(CountingBot.Counter.Name).GetInt32();
        }

        /// <summary>The bot's replies in the conversation's transcript, in commit order.</summary>
        public async Task<List<string>> RepliesStoredAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT json FROM transcript WHERE conversation_key LIKE '%' || @c AND direction = 'out' ORDER BY id", connection);
            command.Parameters.AddWithValue("c", Conversation);
            var texts = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                texts.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.GetProperty("text").GetString()!);
            }

            return texts;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var response in Responses)
            {
                response.Dispose();
            }

            foreach (var host in Hosts)
            {
                await host.DisposeAsync();
            }

            await sink.DisposeAsync();
        }
    }
}
