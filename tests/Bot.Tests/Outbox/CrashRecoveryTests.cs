using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// The real service as a child process, killed with SIGKILL in the middle of a burst of 1,000 sign-up presses while
/// the channel's endpoint drops every connection, then started again on the same SQLite file. The channel redelivers
/// what it got no answer for (same activity ids), as Bot Framework channels do. Every member is signed up once and
/// gets their answer at least once, and no more answers are repeated than sends were in flight.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Members = 1000;
    private const int InFlight = 32;
    private readonly string _database = BotHost.NewDatabasePath();
    private readonly int _port = ChildBot.FreePort();
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task After_a_SIGKILL_mid_burst_every_member_is_answered_at_least_once_and_repeats_stay_within_the_sends_in_flight()
    {
        var bot = await ChildBot.StartAsync(_port, Settings());
        var activityId = await CreateActivityAsync(bot);
        var presses = Enumerable.Range(1, Members).Select(i => Press($"k{i:D4}", activityId)).ToList();
        var answered = new ConcurrentDictionary<string, bool>();

        // Mid-burst: the channel goes down, and once a third of the presses were taken the process is killed.
        var burst = PressAllAsync(bot, presses, answered);
        await WaitUntilAsync(() => _sink.All.Count >= 100);
        _sink.Down = true;
        await WaitUntilAsync(() => answered.Count >= Members / 3);
        await bot.KillAsync();
        await burst;
        _sink.Down = false;
        Assert.InRange(answered.Count, Members / 3, Members - 1);

        // Started again on the same file: the channel redelivers every press it got no 200 for.
        await using var again = await ChildBot.StartAsync(_port, Settings());
        await PressAllAsync(again, [.. presses.Where(p => !answered.ContainsKey(p.From!.Id!))], answered);
        await WaitUntilAsync(() => _sink.All.Select(r => r.Activity.Recipient!.Id).Distinct().Count() == Members);

        var byMember = _sink.All.GroupBy(r => r.Activity.Recipient!.Id!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(presses.Select(p => p.From!.Id!).ToHashSet(), byMember.Keys.ToHashSet());
        Assert.All(byMember.Values, answers => Assert.Single(answers.Select(a => a.Activity.Id).Distinct())); // a repeat carries the same key
        Assert.InRange(_sink.All.Count - Members, 0, 2 * InFlight); // live sends and one dispatcher round in flight at the kill
        Assert.Equal(Members, Scalar("SELECT COUNT(*) FROM signups WHERE status <> 'cancelled'"));
        Assert.Equal(20, byMember.Values.Count(a => a[0].Activity.Text!.StartsWith("报名成功", StringComparison.Ordinal)));
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = OutboxSettings.Fast(InFlight);
        settings["ConnectionStrings:EngageBot"] = $"Data Source={_database}";
        settings["Staff:BootstrapAdmin:UserName"] = "admin";
        settings["Staff:BootstrapAdmin:Password"] = "Correct-Horse-9";
        settings["SignUps:SeedSamples"] = "false";
        settings["Turns:TypingDelay"] = "00:00:05";
        settings["Sms:Provider"] = "File";
        settings["Sms:FilePath"] = Path.Combine(Path.GetDirectoryName(_database)!, "sms.jsonl");
        return settings;
    }

    private Activity Press(string member, string activityId) =>
        Activities.Message(_sink.ServiceUrl, string.Empty, conversationId: "dm-" + member, userId: member) with
        {
            Text = null,
            Value = BotHost.Json($$"""{"action":"signup","activityId":"{{activityId}}"}"""),
        };

    /// <summary>Posts the presses <see cref="InFlight"/> at a time; records who got a 2xx. A refused connection (the process is gone) is not an answer.</summary>
    private static async Task PressAllAsync(ChildBot bot, IReadOnlyList<Activity> presses, ConcurrentDictionary<string, bool> answered) =>
        await Parallel.ForEachAsync(presses, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (press, ct) =>
        {
            try
            {
                using var response = await bot.Http.PostAsJsonAsync("api/messages", press, ProtocolJson.Default.Activity, ct);
                if (response.IsSuccessStatusCode)
                {
                    answered[press.From!.Id!] = true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The process died under this request.
            }
        });

    private static async Task<string> CreateActivityAsync(ChildBot bot)
    {
        using var signIn = await bot.Http.PostAsJsonAsync("api/admin/token", new { userName = "admin", password = "Correct-Horse-9" });
        signIn.EnsureSuccessStatusCode();
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var now = DateTimeOffset.UtcNow;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/activities")
        {
            Content = JsonContent.Create(new
            {
                title = "瑜伽体验课", titleEn = "Yoga taster", startsAt = now.AddDays(3).ToString("O"), endsAt = now.AddDays(3).AddHours(2).ToString("O"),
                place = "职工之家 3 楼", capacity = 20,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var created = await bot.Http.SendAsync(request);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 1200 && !done(); i++)
        {
            await Task.Delay(50);
        }
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
