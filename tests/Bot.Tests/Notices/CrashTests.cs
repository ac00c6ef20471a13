using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Notices;

public sealed class CrashTests
{
    private const int Members = 400;
    private const int Concurrency = 8;

    [Fact]
    public async Task After_SIGKILL_mid_broadcast_a_restart_finishes_it_with_nobody_missed_and_few_repeats()
    {
        var notices = await BroadcastAcrossAStopAsync(p => p.KillAsync());

        var perMember = notices.GroupBy(r => r.Activity.Conversation!.Id).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(Members, perMember.Count);                                   // nobody missed
        Assert.InRange(notices.Count - Members, 0, Concurrency);                  // repeats: at most the sends in flight
    }

    [Fact]
    public async Task After_SIGTERM_mid_broadcast_a_restart_finishes_it_with_no_repeats_at_all()
    {
        var notices = await BroadcastAcrossAStopAsync(p => p.TerminateAsync());

        Assert.Equal(Members, notices.Count);
        Assert.Equal(Members, notices.Select(r => r.Activity.Conversation!.Id).Distinct().Count());
    }

    /// <summary>Starts a broadcast, stops the service a third of the way through, restarts it, and returns what the sink got.</summary>
    private static async Task<List<ReceivedActivity>> BroadcastAcrossAStopAsync(Func<ServiceProcess, Task> stop)
    {
        await using var sink = await ChannelSink.StartAsync();
        var path = BotHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var settings = new Dictionary<string, string>
        {
            ["Scheduler:QuietHoursStart"] = "00:00:00",
            ["Scheduler:QuietHoursEnd"] = "00:00:00",
            ["Delivery:Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:RatePerSecond"] = "200", // ~2 s for the broadcast: time to kill it half-way
        };

        string id;
        await using (var first = await ServiceProcess.StartAsync(path, settings))
        {
            // One member talks (so the sink's serviceUrl is trusted); the others are stored as if they had talked.
            var hello = await first.Http.PostAsJsonAsync("api/messages", Activities.Message(sink.ServiceUrl, "你好", "conv-m0000", "m0000"), ProtocolJson.Default.Activity);
            hello.EnsureSuccessStatusCode();
            await sink.NextAsync();
            SeedMembers(path, sink.ServiceUrl);

            var created = await first.Admin.PostAsJsonAsync("api/admin/notices", new { text = "紧急通知", audience = new { all = true } });
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            for (var i = 0; i < Members / 3; i++)
            {
                await sink.NextAsync(TimeSpan.FromSeconds(30));
            }

            await stop(first);
        }

        var beforeRestart = sink.All.Count - 1;
        Assert.InRange(beforeRestart, Members / 3, Members - 1); // really killed mid-broadcast

        await using var second = await ServiceProcess.StartAsync(path, settings);
        JsonElement report;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            do
            {
                await Task.Delay(200, timeout.Token);
                report = (await second.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}", timeout.Token)).GetProperty("report");
            }
            while (report.GetProperty("pending").GetInt64() > 0);
        }

        Assert.Equal(Members, report.GetProperty("sent").GetInt64());
        Assert.Equal(Members, report.GetProperty("recipients").GetInt64());
        return [.. sink.All.Where(r => r.Activity.Text == "紧急通知")];
    }

    private static void SeedMembers(string path, string serviceUrl)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=30");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        for (var i = 1; i < Members; i++)
        {
            var user = "m" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var reference = new ConversationReference
            {
                ChannelId = "emulator",
                ServiceUrl = serviceUrl,
                User = new ChannelAccount { Id = user },
                Bot = new ChannelAccount { Id = "bot" },
                Conversation = new ConversationAccount { Id = "conv-" + user },
            };
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            // Layout E's columns (the reference fits them: no document kept), its route inserted once.
            insert.CommandText =
                """
                INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES ($s, 'bot', '') ON CONFLICT DO NOTHING;
                INSERT INTO conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at)
                VALUES ($m, $k, 'emulator', $u, (SELECT id FROM reference_routes WHERE service_url = $s AND bot_id = 'bot' AND bot_name = ''), 0, 0)
                """;
            insert.Parameters.AddWithValue("$m", "emulator/" + reference.User.Id);
            insert.Parameters.AddWithValue("$k", "emulator/conv-" + user);
            insert.Parameters.AddWithValue("$u", user);
            insert.Parameters.AddWithValue("$s", serviceUrl);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
