using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace EngageBot.Bench;

/// <summary>
/// <c>--mode notice</c>: one notice to <c>--recipients</c> members (one talks to the bot for real, the rest are seeded
/// as stored conversation references pointing at the sink), created on the first instance; every instance's
/// dispatcher sends from the shared outbox. Reports the time until every member's delivery reached the sink,
/// deliveries/s, how many members got it more than once (must be 0), and service and DB CPU per delivery.
/// </summary>
public static class NoticeRun
{
    private const string Admin = "bench-admin";
    private const string Password = "Bench-Admin-Pass-1";
    private const string Prefix = "notice-m";

    /// <summary>What the instances need for the run: an admin to create the notice, no quiet hours, no rate limit.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Staff__BootstrapAdmin__UserName"] = Admin,
        ["Staff__BootstrapAdmin__Password"] = Password,
        ["Scheduler__QuietHoursStart"] = "00:00:00",
        ["Scheduler__QuietHoursEnd"] = "00:00:00",
        ["Delivery__RatePerSecond"] = "0",
        ["Delivery__PollInterval"] = "00:00:00.050",
        ["SignUps__SeedSamples"] = "false",
    };

    public static async Task RunAsync(HttpClient http, ServiceCluster service, BenchPostgres postgres, ConnectorSink sink, BenchOptions options)
    {
        var first = service.BaseAddresses[0];
        sink.ResetProactive();
        await TalkAsync(http, first, sink);
        await SeedAsync(service.ConnectionString!, sink.ServiceUrl, options.Recipients);
        using var admin = new HttpRequestMessage(HttpMethod.Post, new Uri(first, "api/admin/token")) { Content = JsonContent.Create(new { userName = Admin, password = Password }) };
        using var signedIn = await http.SendAsync(admin);
        signedIn.EnsureSuccessStatusCode();
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        await service.Statements!.ResetAsync();
        var cpuBefore = service.CpuSeconds();
        var dbCpuBefore = postgres.CpuSeconds();
        var started = Stopwatch.GetTimestamp();
        using var create = new HttpRequestMessage(HttpMethod.Post, new Uri(first, "api/admin/notices"))
        {
            Content = JsonContent.Create(new { text = "全市会员大会通知 (bench)", audience = new { all = true } }),
        };
        create.Headers.Authorization = new("Bearer", token);
        using var created = await http.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // Until every member has it (or nothing new arrived for 30 s), then until the notice reports nothing pending.
        var lastCount = -1;
        var lastChange = Stopwatch.GetTimestamp();
        while (sink.ProactiveConversations < options.Recipients && Stopwatch.GetElapsedTime(lastChange) < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
            var count = sink.ProactiveCount;
            if (count != lastCount)
            {
                (lastCount, lastChange) = (count, Stopwatch.GetTimestamp());
            }
        }

        var cpu = service.CpuSeconds() - cpuBefore;
        var dbCpu = postgres.CpuSeconds() - dbCpuBefore;
        var report = await SettledReportAsync(http, first, token!, id);
        await Task.Delay(1000); // a late duplicate would show up here
        var arrivals = sink.Proactive.Where(a => a.Conversation.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
        var firstArrival = arrivals.GroupBy(a => a.Conversation).Select(g => Stopwatch.GetElapsedTime(started, g.Min(a => a.Ticks)).TotalMilliseconds).Order().ToArray();
        var members = firstArrival.Length;
        var all = members == 0 ? double.NaN : firstArrival[^1] / 1000;
        Console.WriteLine(Invariant(
            $"notice n={service.Instances.Count} recipients {options.Recipients}: reached {members} members, every one after {all:F2} s ({members / all:F0} deliveries/s); half after {P(firstArrival, 0.5) / 1000:F2} s, 99 % after {P(firstArrival, 0.99) / 1000:F2} s; sends at the sink {arrivals.Count}, duplicates {arrivals.Count - members}, missing {options.Recipients - members}"));
        Console.WriteLine(Invariant($"       report {report}"));
        Console.WriteLine(Invariant(
            $"       service CPU {cpu * 1e6 / Math.Max(1, members),5:F0} µs/delivery ({service.Instances.Count} instance(s) together)  DB CPU {dbCpu * 1e6 / Math.Max(1, members),5:F0} µs/delivery"));
        Console.WriteLine(await service.Statements.ReportAsync(members, options.TopStatements, "delivery"));
    }

    /// <summary>The first member talks to the bot for real, so the sink's serviceUrl is one the service trusts.</summary>
    private static async Task TalkAsync(HttpClient http, Uri serviceBase, ConnectorSink sink)
    {
        var member = Member(0);
        var json = $$"""
            {"type":"message","id":"notice-talk","channelId":"emulator","serviceUrl":"{{sink.ServiceUrl}}","from":{"id":"{{member}}","name":"Member 0"},"recipient":{"id":"bot","name":"bot"},"conversation":{"id":"{{Prefix}}{{member}}"},"text":"帮助","locale":"zh-CN","timestamp":"2026-01-01T00:00:00Z"}
            """;
        var reply = sink.CaptureAsync("notice-talk");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(serviceBase, "api/messages"), content);
        response.EnsureSuccessStatusCode();
        await reply.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Members 1… as stored references through the sink, as if each had talked to the bot (one batch).</summary>
    private static async Task SeedAsync(string connectionString, string serviceUrl, int recipients)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Layout E's columns of {user, bot "bot", conversation, serviceUrl}, through one route.
        await using (var route = new NpgsqlCommand(
            """
            INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES ($1, 'bot', '') ON CONFLICT (service_url, bot_id, bot_name) DO NOTHING;
            """, connection))
        {
            route.Parameters.Add(new NpgsqlParameter { Value = serviceUrl });
            await route.ExecuteNonQueryAsync();
        }

        await using var id = new NpgsqlCommand("SELECT id FROM reference_routes WHERE service_url = $1 AND bot_id = 'bot' AND bot_name = ''", connection);
        id.Parameters.Add(new NpgsqlParameter { Value = serviceUrl });
        var routeId = Convert.ToInt64(await id.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await using var copy = await connection.BeginTextImportAsync(
            "COPY conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at) FROM STDIN");
        for (var i = 1; i < recipients; i++)
        {
            var user = Member(i);
            var conversation = Prefix + user;
            await copy.WriteLineAsync($"emulator/{user}\temulator/{conversation}\temulator\t{user}\t{routeId}\t0\t0");
        }
    }

    private static async Task<JsonElement> SettledReportAsync(HttpClient http, Uri serviceBase, string token, string id)
    {
        for (var i = 0; ; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serviceBase, $"api/admin/notices/{id}"));
            request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request);
            var report = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report");
            if (report.GetProperty("pending").GetInt64() == 0 || i == 300)
            {
                return report;
            }

            await Task.Delay(100);
        }
    }

    private static string Member(int i) => "u" + i.ToString("D7", CultureInfo.InvariantCulture);

    private static double P(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
