// NoticeBench: one notice to N recipients through the durable outbox to a local Connector sink, and the
// lateness of Quartz trigger firings. Usage: dotnet run -c Release --project bench/NoticeBench -- [recipients] [triggers]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.BotFramework;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;

var recipients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var triggers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
// "http": through the Connector REST client to a local Kestrel sink; "inproc": to an in-process counting sender.
var mode = args.Length > 3 ? args[3] : "http";
var counting = new CountingSender();
var directory = Path.Combine(Path.GetTempPath(), "noticebench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(directory);
var databasePath = Path.Combine(directory, "engagebot.db");

// The local sink: a Connector service that counts what it receives.
long received = 0;
var sinkBuilder = WebApplication.CreateSlimBuilder();
sinkBuilder.WebHost.UseUrls("http://127.0.0.1:0");
sinkBuilder.Logging.ClearProviders();
var sink = sinkBuilder.Build();
sink.MapPost("/v3/conversations/{id}/activities", () =>
{
    Interlocked.Increment(ref received);
    return Results.Text("{\"id\":\"1\"}", "application/json");
});
await sink.StartAsync();
var sinkUrl = sink.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/";

var app = EngageBotApp.Build([], builder =>
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    builder.Services.AddSingleton<IActivitySender>(counting);
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:EngageBot"] = $"Data Source={databasePath}",
        ["Scheduler:QuietHoursStart"] = "00:00:00",
        ["Scheduler:QuietHoursEnd"] = "00:00:00",
        ["Delivery:RatePerSecond"] = "0",
        ["Delivery:Concurrency"] = args.Length > 2 ? args[2] : "64",
        ["Delivery:PollInterval"] = "00:00:00.050",
        ["Staff:BootstrapAdmin:UserName"] = "bench-admin",
        ["Staff:BootstrapAdmin:Password"] = "Bench-Admin-Pass-1",
    });
});
await app.StartAsync();
app.Services.GetRequiredService<TrustedServiceUrls>().Trust(sinkUrl);
var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/") };
// Staff sign in once, as the console or a script would; notices are an admin API.
var signIn = await http.PostAsJsonAsync("api/admin/token", new { userName = "bench-admin", password = "Bench-Admin-Pass-1" });
signIn.EnsureSuccessStatusCode();
http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
    "Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

Console.WriteLine($"Seeding {recipients:N0} conversation references…");
Seed(databasePath, mode == "inproc" ? null : sinkUrl, recipients);

// 1. Broadcast throughput.
var clock = Stopwatch.StartNew();
var created = await http.PostAsJsonAsync("api/admin/notices", new { text = "周六9点瑜伽课取消", audience = new { all = true } });
var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
var expandedAt = TimeSpan.Zero;
while (true)
{
    await Task.Delay(100);
    var report = (await http.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}")).GetProperty("report");
    if (expandedAt == TimeSpan.Zero && report.GetProperty("recipients").GetInt64() == recipients)
    {
        expandedAt = clock.Elapsed;
    }

    if (report.GetProperty("recipients").GetInt64() == recipients && report.GetProperty("pending").GetInt64() == 0)
    {
        clock.Stop();
        Console.WriteLine($"report: {report}");
        break;
    }
}

Console.WriteLine($"broadcast: {recipients:N0} messages in {clock.Elapsed.TotalSeconds:F1} s = {recipients / clock.Elapsed.TotalSeconds:N0} msg/s (outbox fully written after {expandedAt.TotalSeconds:F1} s); sink received {Interlocked.Read(ref received) + counting.Count:N0} ({mode})");
Console.WriteLine($"peak RSS so far: {PeakRssMb():F0} MB (service + sink + bench in one process)");

// 2. Trigger lateness: notices to one member, due at spread times over the next seconds.
// Due times start after all notices are created, so creation speed does not count as lateness.
var start = DateTimeOffset.UtcNow.AddSeconds(5 + (triggers * 0.25));
var ids = new List<string>();
for (var i = 0; i < triggers; i++)
{
    var sendAt = start.AddMilliseconds(i * 100);
    var response = await http.PostAsJsonAsync("api/admin/notices", new { text = "t", urgent = true, audience = new { members = new[] { "emulator/u0000000" } }, sendAt });
    ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
}

var lateness = new List<double>();
foreach (var noticeId in ids)
{
    while (true)
    {
        var notice = await http.GetFromJsonAsync<JsonElement>($"api/admin/notices/{noticeId}");
        if (notice.GetProperty("firings").GetArrayLength() > 0)
        {
            var firing = notice.GetProperty("firings")[0];
            lateness.Add((firing.GetProperty("firedAt").GetDateTimeOffset() - firing.GetProperty("scheduledAt").GetDateTimeOffset()).TotalMilliseconds);
            break;
        }

        await Task.Delay(50);
    }
}

lateness.Sort();
Console.WriteLine($"trigger lateness over {triggers} firings: p50 {lateness[lateness.Count / 2]:F0} ms, p99 {lateness[(int)(lateness.Count * 0.99)]:F0} ms, max {lateness[^1]:F0} ms");
Console.WriteLine($"peak RSS: {PeakRssMb():F0} MB");

await app.StopAsync();
await sink.StopAsync();
Directory.Delete(directory, recursive: true);

static double PeakRssMb()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
    }

    return double.NaN;
}

static void Seed(string databasePath, string? serviceUrl, int count)
{
    using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Default Timeout=30");
    connection.Open();
    using var transaction = connection.BeginTransaction();
    using (var route = connection.CreateCommand())
    {
        route.Transaction = transaction;
        route.CommandText = "INSERT INTO reference_routes (service_url, bot_id, bot_name) VALUES ($s, 'bot', '') ON CONFLICT DO NOTHING";
        route.Parameters.AddWithValue("$s", serviceUrl ?? string.Empty);
        route.ExecuteNonQuery();
    }

    // Layout E's columns of {user, bot "bot", conversation "conv-{user}", serviceUrl}: the reference a member's first message stores.
    using var insert = connection.CreateCommand();
    insert.Transaction = transaction;
    insert.CommandText =
        """
        INSERT INTO conversation_references (member_key, key, channel_id, user_id, route, is_group, updated_at)
        VALUES ($m, $k, 'emulator', $u, (SELECT id FROM reference_routes WHERE service_url = $s AND bot_id = 'bot' AND bot_name = ''), 0, 0)
        """;
    var member = insert.Parameters.Add("$m", SqliteType.Text);
    var key = insert.Parameters.Add("$k", SqliteType.Text);
    var user = insert.Parameters.Add("$u", SqliteType.Text);
    insert.Parameters.AddWithValue("$s", serviceUrl ?? string.Empty);
    for (var i = 0; i < count; i++)
    {
        var userId = "u" + i.ToString("D7", CultureInfo.InvariantCulture);
        member.Value = "emulator/" + userId;
        key.Value = "emulator/conv-" + userId;
        user.Value = userId;
        insert.ExecuteNonQuery();
    }

    transaction.Commit();
}

/// <summary>The in-process sink: counts sends to conversations without a serviceUrl.</summary>
internal sealed class CountingSender : IActivitySender
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public bool Handles(ConversationReference reference) => reference.ServiceUrl is null;

    public Task<string?> SendAsync(ConversationReference reference, EngageBot.Core.Protocol.Activity activity, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return Task.FromResult<string?>(null);
    }
}
