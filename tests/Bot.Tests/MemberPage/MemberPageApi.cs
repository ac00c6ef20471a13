using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.MemberPage;

/// <summary>
/// A bot on a manual clock with no sample activities, staff creating activities and forms through the admin API, and
/// members calling the member page's API with their session tokens (optionally in English).
/// </summary>
public sealed class MemberPageApi : IAsyncDisposable
{
    private MemberPageApi(BotHost bot, ManualClock clock)
    {
        Bot = bot;
        Clock = clock;
        Members = new GroupFixture(bot);
    }

    public BotHost Bot { get; }

    public ManualClock Clock { get; }

    public GroupFixture Members { get; }

    public static async Task<MemberPageApi> StartAsync()
    {
        var clock = ManualClock.StartingNow();
        var settings = GroupFixture.Settings();
        settings["SignUps:SeedSamples"] = "false";
        var bot = await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        return new MemberPageApi(bot, clock);
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();

    /// <summary>An activity starting <paramref name="startsIn"/> from now; deadlines (from now) when given; its id.</summary>
    public async Task<string> ActivityAsync(string title, int capacity, TimeSpan startsIn, TimeSpan? deadlinesIn = null, string? clubId = null)
    {
        var starts = Clock.GetUtcNow() + startsIn;
        var deadline = deadlinesIn is { } d ? (Clock.GetUtcNow() + d).ToString("O") : null;
        using var response = await Members.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title, clubId, startsAt = starts.ToString("O"), endsAt = starts.AddHours(2).ToString("O"), place = "职工之家", capacity,
            signUpDeadline = deadline, cancelDeadline = deadline,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>The sign-up form 部门 (text, required) and 尺码 (S/M/L, optional).</summary>
    public async Task FormAsync(string activityId)
    {
        using var response = await Members.AdminAsync(HttpMethod.Put, $"api/admin/activities/{activityId}/form", new
        {
            fields = new object[]
            {
                new { key = "dept", label = "部门", labelEn = "Department", kind = "text", required = true },
                new { key = "size", label = "尺码", labelEn = "Size", kind = "choice", required = false, options = new[] { "S", "M", "L" } },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<JsonElement> SignInAsync(string memberNumber, string name) => Members.SignInAsync(memberNumber, name);

    /// <summary>A member-page call with the member's token; <paramref name="lang"/> goes as Accept-Language when given.</summary>
    public async Task<HttpResponseMessage> CallAsync(JsonElement? session, HttpMethod method, string path, object? body = null, string? lang = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body switch { null => null, HttpContent c => c, _ => JsonContent.Create(body) } };
        if (session is { } s)
        {
            request.Headers.Authorization = new("Bearer", s.GetProperty("sessionToken").GetString());
        }

        if (lang is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(lang);
        }

        return await Bot.Http.SendAsync(request);
    }

    public async Task<JsonElement> GetAsync(JsonElement session, string path)
    {
        using var response = await CallAsync(session, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    /// <summary>The member's own activity in the activities list.</summary>
    public async Task<JsonElement> ListedAsync(JsonElement session, string activityId) =>
        (await GetAsync(session, "api/members/activities")).GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == activityId);

    public async Task<List<JsonElement>> MySignUpsAsync(JsonElement session) => [.. (await GetAsync(session, "api/members/me/signups")).EnumerateArray()];

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
