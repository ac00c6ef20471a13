using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// The whole service with a staff admin, a movable clock and a local Connector sink: helpers to get a staff
/// token, create activities through the admin API, and talk to the bot as members do.
/// </summary>
public sealed class SignUpTestHost : IAsyncDisposable
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "Correct-Horse-9";

    private SignUpTestHost(BotHost bot, ChannelSink sink, ManualClock clock)
    {
        Bot = bot;
        Sink = sink;
        Clock = clock;
    }

    public BotHost Bot { get; }

    public ChannelSink Sink { get; }

    public ManualClock Clock { get; }

    /// <param name="services">Runs after the service's own registrations: a test's stand-ins go here.</param>
    public static async Task<SignUpTestHost> StartAsync(
        bool seed = false, string? databasePath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var clock = ManualClock.StartingNow();
        var sink = await ChannelSink.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Staff:BootstrapAdmin:UserName"] = AdminUser,
            ["Staff:BootstrapAdmin:Password"] = AdminPassword,
            ["SignUps:SeedSamples"] = seed ? "true" : "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var bot = await BotHost.StartAsync(databasePath, values, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            services?.Invoke(builder.Services);
        });
        bot.Services.GetRequiredService<TrustedServiceUrls>().Trust(sink.ServiceUrl);
        return new SignUpTestHost(bot, sink, clock);
    }

    public async Task<string> TokenAsync(string user = AdminUser, string password = AdminPassword)
    {
        using var response = await Bot.Http.PostAsJsonAsync("api/admin/token", new { userName = user, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await TokenAsync());
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Bot.Http.SendAsync(request);
    }

    /// <summary>Creates an activity through the admin API and returns its id.</summary>
    public async Task<string> CreateActivityAsync(int capacity, TimeSpan startsIn, string title = "瑜伽体验课", string? clubId = null,
        TimeSpan? signUpClosesIn = null, TimeSpan? cancelClosesIn = null, string? token = null)
    {
        var now = Clock.GetUtcNow();
        using var response = await AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title,
            titleEn = "Yoga taster",
            clubId,
            startsAt = (now + startsIn).ToString("O"),
            endsAt = (now + startsIn + TimeSpan.FromHours(2)).ToString("O"),
            place = "职工之家 3 楼",
            capacity,
            signUpDeadline = signUpClosesIn is { } s ? (now + s).ToString("O") : null,
            cancelDeadline = cancelClosesIn is { } c ? (now + c).ToString("O") : null,
        }, token);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public Activity Message(string user, string text) =>
        Activities.Message(Sink.ServiceUrl, text, conversationId: "dm-" + user, userId: user) with { From = new ChannelAccount { Id = user, Name = "会员" + user } };

    public Activity PostBack(string user, string action, string activityId) => Message(user, string.Empty) with
    {
        Text = null,
        Value = BotHost.Json($$"""{"action":"{{action}}","activityId":"{{activityId}}"}"""),
    };

    /// <summary>Sends a message as <paramref name="user"/> and returns the bot's reply text.</summary>
    public async Task<ReceivedActivity> SayAsync(string user, string text) => await SendAsync(Message(user, text));

    public async Task<ReceivedActivity> SendAsync(Activity activity)
    {
        using var response = await Bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return await Sink.NextAsync();
    }

    /// <summary>Waits until the sink has recorded at least <paramref name="count"/> activities (or gives up after a minute).</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count, Func<ReceivedActivity, bool>? where = null)
    {
        for (var i = 0; i < 600; i++)
        {
            var matching = Sink.All.Where(where ?? (_ => true)).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            await Task.Delay(100);
        }

        return [.. Sink.All.Where(where ?? (_ => true))];
    }

    /// <summary>True when, after everything already received, nothing more arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> NothingMoreAsync(TimeSpan wait)
    {
        while (true)
        {
            try
            {
                await Sink.NextAsync(TimeSpan.FromMilliseconds(20));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return await Sink.StaysQuietAsync(wait);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
