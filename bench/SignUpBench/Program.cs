using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Activity = EngageBot.Core.Protocol.Activity;

// Sign-ups per second on the real service (SQLite file, WAL), three ways:
//  1. contention: 1,000 members press "sign up" at once on one 20-seat activity, through the service;
//  2. the same 1,000 presses end to end: POST /api/messages postBacks (deliveryMode expectReplies) on Kestrel;
//  3. spread: 10,000 sign-ups over 500 activities, through the service.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var directory = Path.Combine(Path.GetTempPath(), "engagebot-bench", Guid.NewGuid().ToString("N"));
var app = EngageBotApp.Build([], builder =>
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:EngageBot"] = $"Data Source={Path.Combine(directory, "bench.db")}",
        ["SignUps:SeedSamples"] = "false",
    });
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
using var http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
var service = app.Services.GetRequiredService<SignUpService>();
var activities = app.Services.GetRequiredService<ActivityStore>();
var signUps = app.Services.GetRequiredService<SignUpLists>();

Console.WriteLine($"cores: {Environment.ProcessorCount}, rounds: {rounds}, load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
for (var round = 1; round <= rounds; round++)
{
    // 0. One at a time, for the cost of a single sign-up transaction without any waiting.
    var quiet = await NewActivityAsync(20);
    var single = Stopwatch.StartNew();
    for (var i = 0; i < 300; i++)
    {
        await service.SignUpAsync(Request(quiet.Id, $"seq-{round}-{i}"), CancellationToken.None);
    }

    single.Stop();
    Report($"round {round} one at a time        ", 300, single.Elapsed);

    // 1. Contention through the service.
    var hot = await NewActivityAsync(20);
    var watch = Stopwatch.StartNew();
    var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(() =>
        service.SignUpAsync(Request(hot.Id, $"svc-{round}-{i}"), CancellationToken.None))));
    watch.Stop();
    Check(results, 20, 980);
    Report($"round {round} contention, service  ", 1000, watch.Elapsed);

    // 2. The same through HTTP: postBack → adapter → turn → sign-up → reply in the response.
    var hotHttp = await NewActivityAsync(20);
    watch.Restart();
    var responses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
    {
        using var response = await http.PostAsJsonAsync("api/messages", PostBack(address, hotHttp.Id, $"http-{round}-{i}"), ProtocolJson.Default.Activity);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ExpectedReplies);
        return replies!.Activities[0].Text!;
    })));
    watch.Stop();
    var roster = await signUps.GetRosterAsync(hotHttp.Id, CancellationToken.None);
    if (responses.Count(t => t.StartsWith("报名成功", StringComparison.Ordinal)) != 20 || roster.Count(r => r.Status == SignUpStatus.Confirmed) != 20
        || roster.Count(r => r.Status == SignUpStatus.Waitlisted) != 980)
    {
        throw new InvalidOperationException("HTTP contention run broke the seat rules.");
    }

    Report($"round {round} contention, HTTP     ", 1000, watch.Elapsed);

    // 3. Spread over many activities.
    var spread = new List<ActivityRecord>();
    for (var i = 0; i < 500; i++)
    {
        spread.Add(await NewActivityAsync(30));
    }

    watch.Restart();
    var spreadResults = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(i => Task.Run(() =>
        service.SignUpAsync(Request(spread[i % 500].Id, $"spread-{round}-{i}"), CancellationToken.None))));
    watch.Stop();
    Check(spreadResults, 500 * 20, 0);
    Report($"round {round} spread over 500      ", 10_000, watch.Elapsed);
}

await app.StopAsync();
await app.DisposeAsync();
Directory.Delete(directory, recursive: true);

static void Report(string name, int count, TimeSpan elapsed) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {count,6} sign-ups in {elapsed.TotalMilliseconds,8:F0} ms = {count / elapsed.TotalSeconds,8:F0} sign-ups/s"));

static void Check(SignUpResult[] results, int confirmed, int waitlisted)
{
    if (results.Count(r => r.Kind == SignUpResultKind.Confirmed) != confirmed || results.Count(r => r.Kind == SignUpResultKind.Waitlisted) != waitlisted)
    {
        throw new InvalidOperationException("A run broke the seat rules.");
    }
}

static SignUpRequest Request(string activityId, string member) =>
    new(activityId, new MemberKey("bench", member), member, "zh", null, null);

static Activity PostBack(string serviceUrl, string activityId, string member) => new()
{
    Type = ActivityTypes.Message,
    Id = Guid.NewGuid().ToString("N"),
    ChannelId = "bench",
    ServiceUrl = serviceUrl,
    DeliveryMode = "expectReplies",
    From = new ChannelAccount { Id = member, Name = member },
    Recipient = new ChannelAccount { Id = "bot" },
    Conversation = new ConversationAccount { Id = "dm-" + member },
    Value = System.Text.Json.JsonSerializer.SerializeToElement(new SignUpPostBack("signup", activityId), SignUpJson.Default.SignUpPostBack),
};

Task<ActivityRecord> NewActivityAsync(int capacity)
{
    var starts = DateTimeOffset.UtcNow.AddDays(7);
    return activities.CreateAsync(new ActivityDraft(null, "基准测试活动", "Bench", starts, starts.AddHours(1), null, capacity, null, null, []), CancellationToken.None);
}
