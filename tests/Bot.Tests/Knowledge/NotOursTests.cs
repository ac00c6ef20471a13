using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Knowledge;

/// <summary>
/// "Not the union's matter" on the unanswered-questions screen, over real HTTP and chat: the bot asked back about a
/// question no topic answers; staff mark its group not ours; the group leaves the list, and the same question then gets
/// the honest fallback, also after a restart. Only staff can teach: anonymous and forged callers change nothing.
/// </summary>
public sealed class NotOursTests : IAsyncLifetime
{
    private const string Question = "what time does the swimming pool near the union close";
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_question_staff_call_not_ours_is_dismissed_and_then_gets_the_honest_fallback_even_after_a_restart()
    {
        await _host.SayAsync("m1", Question);
        var group = Assert.Single(await GroupsAsync());
        Assert.Equal("clarify", group.GetProperty("reading").GetString());

        using var taught = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/not-ours", new { ids = Ids(group) });
        Assert.Equal(HttpStatusCode.NoContent, taught.StatusCode);
        Assert.Empty(await GroupsAsync());

        await _host.SayAsync("m2", Question);
        Assert.Equal("off_topic", Assert.Single(await GroupsAsync()).GetProperty("reading").GetString());

        var path = _host.Bot.DatabasePath;
        await _host.DisposeAsync();
        _host = await SignUpTestHost.StartAsync(databasePath: path);
        using var dismissed = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/handled", new { ids = Ids(Assert.Single(await GroupsAsync())) });
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        await _host.SayAsync("m3", Question);
        Assert.Equal("off_topic", Assert.Single(await GroupsAsync()).GetProperty("reading").GetString());
    }

    [Fact]
    public async Task Without_staff_credentials_or_with_bad_input_nothing_is_taught_or_dismissed()
    {
        await _host.SayAsync("m1", Question);
        var ids = Ids(Assert.Single(await GroupsAsync()));
        var token = await _host.TokenAsync();
        var forged = token[..^2] + (token[^2..] == "AA" ? "AB" : "AA"); // a staff token, altered

        using var anonymous = await _host.Bot.Http.PostAsJsonAsync("api/admin/knowledge/unanswered/not-ours", new { ids });
        using var forgedCall = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/not-ours", new { ids }, forged);
        using var memberLike = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/not-ours", new { ids }, "m1");
        using var noIds = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/not-ours", new { ids = Array.Empty<long>() });
        using var withEntry = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/not-ours", new { ids, entryId = "legal-aid" });
        using var unknown = await _host.AdminAsync(HttpMethod.Post, "api/admin/knowledge/unanswered/not-ours", new { ids = new[] { 987654L } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedCall.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, memberLike.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noIds.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withEntry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(ids, Ids(Assert.Single(await GroupsAsync())));

        await _host.SayAsync("m2", Question);
        Assert.All(await GroupsAsync(), g => Assert.Equal("clarify", g.GetProperty("reading").GetString()));
    }

    private static long[] Ids(JsonElement group) => [.. group.GetProperty("ids").EnumerateArray().Select(i => i.GetInt64())];

    private async Task<JsonElement[]> GroupsAsync()
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, "api/admin/knowledge/unanswered");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("groups").EnumerateArray()];
    }
}
