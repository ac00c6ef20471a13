using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Changing an activity leaves what the change did not mention as it was: a PUT without <c>cancelDeadline</c> or
/// <c>reminderLeadMinutes</c> (as the console's edit form sent it) no longer wipes them; <c>""</c> and <c>[]</c> clear them.
/// </summary>
public sealed class ActivityEditKeepsTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_change_that_leaves_out_the_cancel_deadline_and_reminders_keeps_them()
    {
        var id = await CreateAsync();

        using var moved = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new
        {
            title = "羽毛球友谊赛", startsAt = "2099-06-06T14:00:00+08:00", endsAt = "2099-06-06T16:00:00+08:00", place = "体育馆 2 号场", capacity = 12,
        });
        var after = await ActivityAsync(id);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("2099-06-06T14:00:00+08:00", after.GetProperty("startsAt").GetString());
        Assert.Equal("体育馆 2 号场", after.GetProperty("place").GetString());
        Assert.Equal("2099-06-05T20:00:00+08:00", after.GetProperty("cancelDeadline").GetString());
        Assert.Equal(new[] { 180, 30 }, after.GetProperty("reminderLeadMinutes").EnumerateArray().Select(m => m.GetInt32()));
    }

    [Fact]
    public async Task An_empty_cancel_deadline_and_an_empty_reminder_list_clear_them()
    {
        var id = await CreateAsync();

        using var cleared = await _host.AdminAsync(HttpMethod.Put, $"api/admin/activities/{id}", new
        {
            title = "羽毛球友谊赛", startsAt = "2099-06-06T09:00:00+08:00", capacity = 12, cancelDeadline = "", reminderLeadMinutes = Array.Empty<int>(),
        });
        var after = await ActivityAsync(id);

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.False(after.TryGetProperty("cancelDeadline", out var deadline) && deadline.ValueKind != JsonValueKind.Null); // null is left out
        Assert.Empty(after.GetProperty("reminderLeadMinutes").EnumerateArray());
    }

    private async Task<string> CreateAsync()
    {
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/activities", new
        {
            title = "羽毛球友谊赛", startsAt = "2099-06-06T09:00:00+08:00", endsAt = "2099-06-06T11:00:00+08:00", place = "体育馆", capacity = 12,
            cancelDeadline = "2099-06-05T20:00:00+08:00", reminderLeadMinutes = new[] { 30, 180 },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> ActivityAsync(string id)
    {
        using var response = await _host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
