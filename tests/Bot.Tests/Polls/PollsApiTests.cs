using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Polls;

/// <summary>The polls admin API refuses what it cannot do with a clear 4xx and changes nothing.</summary>
public sealed class PollsApiTests
{
    private static object Draft(string groupId, object? options = null, bool? multiple = null, int? maxChoices = null, DateTimeOffset? closesAt = null, object? audience = null) => new
    {
        question = "周五活动选哪个？",
        options = options ?? new[] { "羽毛球", "乒乓球" },
        multiple,
        maxChoices,
        closesAt = closesAt ?? DateTimeOffset.UtcNow.AddHours(1),
        groupId,
        audience,
    };

    [Fact]
    public async Task Bad_drafts_get_a_400_naming_the_field_and_store_nothing()
    {
        await using var host = await BotHost.StartAsync(settings: GroupFixture.Settings());
        var groups = new GroupFixture(host);
        var groupId = (await groups.CreateGroupAsync("工会文体群")).GetProperty("groupId").GetString()!;
        var cases = new (object Body, string Field)[]
        {
            (Draft(groupId, options: new[] { "只有一个" }), "options"),
            (Draft(groupId, options: Enumerable.Range(1, 11).Select(i => "选项" + i).ToArray()), "options"),
            (Draft(groupId, options: new[] { "羽毛球", "羽毛球" }), "options"),
            (Draft(groupId, options: new[] { "羽毛球", " " }), "options"),
            (Draft(groupId, maxChoices: 2), "maxChoices"),
            (Draft(groupId, multiple: true, maxChoices: 3), "maxChoices"),
            (Draft(groupId, closesAt: DateTimeOffset.UtcNow.AddMinutes(-1)), "closesAt"),
            (Draft(groupId, closesAt: DateTimeOffset.UtcNow.AddDays(400)), "closesAt"),
            (Draft(groupId, audience: new { members = new[] { "emulator/u1" } }), "target"),
            (Draft("g_nosuchgroup"), "groupId"),
            (Draft(null!, audience: new { members = new[] { "not-a-key" } }), "audience"),
        };

        foreach (var (body, field) in cases)
        {
            using var response = await host.Admin.PostAsJsonAsync("api/admin/polls", body);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on {field}: {problem}");
        }

        using var notJson = await host.Admin.PostAsync("api/admin/polls", new StringContent("question=x"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        var list = await host.Admin.GetFromJsonAsync<JsonElement>("api/admin/polls");
        Assert.Empty(list.GetProperty("polls").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_polls_are_404_a_second_close_is_409_and_without_a_staff_token_nothing_is_served()
    {
        await using var host = await BotHost.StartAsync(settings: GroupFixture.Settings());
        var groups = new GroupFixture(host);
        var groupId = (await groups.CreateGroupAsync("工会文体群")).GetProperty("groupId").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync("api/admin/polls/p_nosuchpoll")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.PostAsync("api/admin/polls/p_nosuchpoll/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync("api/admin/polls/p_nosuchpoll/results.csv")).StatusCode);

        using var created = await host.Admin.PostAsJsonAsync("api/admin/polls", Draft(groupId));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var close = await host.Admin.PostAsync($"api/admin/polls/{id}/close", null);
        using var again = await host.Admin.PostAsync($"api/admin/polls/{id}/close", null);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal("closed", (await close.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var anonymous = await groups.AdminAsync(HttpMethod.Post, "api/admin/polls", Draft(groupId), key: null);
        using var forged = await groups.AdminAsync(HttpMethod.Get, $"api/admin/polls/{id}", key: "not-a-staff-token");
        var member = await groups.SignInAsync("M1", "张一");
        using var asMember = await groups.MemberAsync(member, HttpMethod.Get, $"api/admin/polls/{id}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains(asMember.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Single((await host.Admin.GetFromJsonAsync<JsonElement>("api/admin/polls")).GetProperty("polls").EnumerateArray());
    }
}
