using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngageBot.Bot.Tests.Notices;
using EngageBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// WeCom allows a group robot 20 messages in any minute, however many instances post for it. Two instances on one
/// PostgreSQL send 30 notices to one robot within one minute: the first instance posts 15, the second (which never saw
/// them) only 5 more; its other 10 wait in the outbox until the robot's minute is over, WeCom never has to refuse one,
/// the notices' reports say so, and a minute later the 10 go out. A robot is one conversation, sent in order, so only
/// the first of the 10 is tried and told Retry-After; the other 9 wait behind it untried. The instances and WeCom's
/// stand-in share one hand-moved clock, so "within one minute" holds however slowly a loaded machine runs the test.
/// </summary>
public sealed class ClusterWeComRobotTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Robot = "三车间职工群";
    private const string Key = "robot-key-cluster";
    private const string RobotMember = "wecom-robot/" + Robot;
    private const string Sent = "SELECT count(*) FROM outbox WHERE member_key = @p AND status = 'sent'";
    private const string Refused = "SELECT count(*) FROM outbox WHERE member_key = @p AND status = 'pending' AND reason = 'http_429' AND attempts = 1";

    [Fact]
    public async Task Thirty_notices_to_one_robot_through_two_instances_post_twenty_and_the_rest_back_off_to_the_next_minute()
    {
        var clock = ManualClock.StartingNow();
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var webhook = await RobotWebhook.StartAsync(clock);
        var settings = ClusterNotices.Settings(connectionString);
        settings["WeCom:Robots:WebhookBaseUrl"] = webhook.BaseUrl.ToString();
        void SharedClock(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(clock);
        var hosts = new List<BotHost>();
        try
        {
            // The first instance alone posts 15.
            hosts.Add(await BotHost.StartAsync(settings: settings, configure: SharedClock));
            (await hosts[0].Admin.PutAsJsonAsync(new Uri($"api/admin/wecom/robots/{Robot}", UriKind.Relative), new { webhookKey = Key })).EnsureSuccessStatusCode();
            var ids = new List<string>();
            for (var i = 0; i < 15; i++)
            {
                ids.Add(await NoticeHost.CreateAsync(hosts[0], new { text = $"第{i + 1}条通知", audience = new { wecomRobots = new[] { Robot } } }));
            }

            await WaitUntilAsync(async () => await ClusterNotices.CountAsync(connectionString, Sent, RobotMember) == 15, connectionString, webhook);

            // The second takes over (the first stops, so every later post is the second's): only the shared count can stop it at 20.
            hosts.Add(await BotHost.StartAsync(settings: settings, configure: SharedClock));
            await hosts[0].DisposeAsync();
            hosts.RemoveAt(0);
            for (var i = 15; i < 30; i++)
            {
                ids.Add(await NoticeHost.CreateAsync(hosts[0], new { text = $"第{i + 1}条通知", audience = new { wecomRobots = new[] { Robot } } }));
            }

            // 20 posted; the 21st was refused by the shared count and waits for the robot's next minute, the rest behind it.
            // Every notice has fired (a firing is Quartz's, a little after its creation) and the order holds the rest still.
            await WaitUntilAsync(
                async () => await ClusterNotices.CountAsync(connectionString, Refused, RobotMember) == 1
                    && await ClusterNotices.CountAsync(connectionString, "SELECT count(*) FROM outbox WHERE member_key = @p", RobotMember) == 30,
                connectionString, webhook);

            Assert.Equal(20, webhook.Posted.Count);
            Assert.Equal(0, webhook.Refused); // WeCom never had to answer 45009
            Assert.Equal(20, await ClusterNotices.CountAsync(connectionString, Sent, RobotMember));
            // It waits until the first of the robot's 20 slots frees, a minute after it was taken: Retry-After, not a backoff of its own.
            Assert.Equal(1, await ClusterNotices.CountAsync(connectionString,
                "SELECT count(*) FROM outbox WHERE member_key = @p AND status = 'pending' AND reason = 'http_429' AND next_attempt_at = @at",
                RobotMember, clock.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds()));
            Assert.Equal(9, await ClusterNotices.CountAsync(connectionString,
                "SELECT count(*) FROM outbox WHERE member_key = @p AND status = 'pending' AND attempts = 0 AND reason IS NULL", RobotMember));
            var reports = new List<JsonNode>();
            foreach (var id in ids)
            {
                reports.Add(JsonNode.Parse((await NoticeHost.GetAsync(hosts[0], id)).GetRawText())!["report"]!);
            }

            Assert.Equal((20L, 10L, 0L), (reports.Sum(r => r["sent"]!.GetValue<long>()), reports.Sum(r => r["pending"]!.GetValue<long>()), reports.Sum(r => r["failed"]!.GetValue<long>())));
            var deliveries = new List<JsonNode>();
            foreach (var id in ids.Where((_, i) => reports[i]["pending"]!.GetValue<long>() == 1))
            {
                deliveries.Add(JsonNode.Parse(await hosts[0].Admin.GetStringAsync(new Uri($"api/admin/notices/{id}/deliveries", UriKind.Relative)))!["deliveries"]![0]!);
            }

            Assert.Equal(10, deliveries.Count);
            Assert.All(deliveries, d => Assert.Equal("pending", d["status"]!.GetValue<string>()));
            Assert.Single(deliveries, d => d["reason"]?.GetValue<string>() == "http_429"); // the staff see why the robot's notices wait

            // A minute on, the 10 go out, and WeCom still has nothing to refuse.
            clock.Advance(TimeSpan.FromMinutes(1));
            await WaitUntilAsync(async () => await ClusterNotices.CountAsync(connectionString, Sent, RobotMember) == 30, connectionString, webhook);

            Assert.Equal(30, webhook.Posted.Count);
            Assert.Equal(0, webhook.Refused);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string connectionString, RobotWebhook webhook)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            while (!await condition())
            {
                await Task.Delay(100, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"Timed out; posted {webhook.Posted.Count}, refused {webhook.Refused}; outbox: {await RowsAsync(connectionString)}");
        }
    }

    /// <summary>The robot's outbox rows by status, reason and attempts, for a failure message.</summary>
    private static async Task<string> RowsAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT status, coalesce(reason, '-'), attempts, count(*) FROM outbox WHERE member_key = @p GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", connection);
        command.Parameters.AddWithValue("p", RobotMember);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)}/{reader.GetString(1)}/{reader.GetInt32(2)}×{reader.GetInt64(3)}");
        }

        return string.Join(", ", rows);
    }

    /// <summary>A robot's webhook as WeCom documents it: 20 messages in any minute (on the test's clock), 45009 beyond.</summary>
    private sealed class RobotWebhook(TimeProvider clock) : LoopbackStub
    {
        private readonly ConcurrentQueue<DateTimeOffset> _times = new();
        private int _refused;

        public ConcurrentQueue<JsonObject> Posted { get; } = new();

        public int Refused => Volatile.Read(ref _refused);

        public static async Task<RobotWebhook> StartAsync(TimeProvider clock)
        {
            var stub = new RobotWebhook(clock);
            await stub.ListenAsync(app => app.MapPost("/cgi-bin/webhook/send", (HttpRequest r) => stub.PostAsync(r)));
            return stub;
        }

        private async Task<IResult> PostAsync(HttpRequest request)
        {
            if (request.Query["key"] != Key)
            {
                return Results.Json(new { errcode = 93000, errmsg = "invalid webhook url" });
            }

            var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
            lock (_times)
            {
                var now = clock.GetUtcNow();
                if (_times.Count(t => now - t < TimeSpan.FromMinutes(1)) >= 20)
                {
                    Interlocked.Increment(ref _refused);
                    return Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" });
                }

                _times.Enqueue(now);
                Posted.Enqueue(body);
            }

            return Results.Json(new { errcode = 0, errmsg = "ok" });
        }
    }
}
