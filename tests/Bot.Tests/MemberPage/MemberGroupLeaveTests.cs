using System.Net;
using static EngageBot.Bot.Tests.MemberPage.MemberPageApi;

namespace EngageBot.Bot.Tests.MemberPage;

/// <summary>
/// Leaving a group from the member page: the member is off the roster and their groups, can no longer open or write to
/// the group, and the others see "… left"; leaving someone else out is impossible (whose comes from the token).
/// </summary>
public sealed class MemberGroupLeaveTests : IAsyncLifetime
{
    private MemberPageApi _api = null!;

    public async Task InitializeAsync() => _api = await StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_member_leaves_a_group_and_is_off_its_roster_and_out_of_its_conversation()
    {
        var group = (await _api.Members.CreateGroupAsync("一车间工友群")).GetProperty("groupId").GetString()!;
        await _api.Members.AddMemberAsync(group, "ML1", "林一");
        await _api.Members.AddMemberAsync(group, "ML2", "林二");
        var a = await _api.SignInAsync("ML1", "林一");
        var b = await _api.SignInAsync("ML2", "林二");
        var tokenB = await _api.Members.GroupTokenAsync(b, group);
        var oldTokenA = await _api.Members.GroupTokenAsync(a, group);

        using var anonymous = await _api.CallAsync(null, HttpMethod.Post, $"api/members/groups/{group}/leave");
        using var leave = await _api.CallAsync(a, HttpMethod.Post, $"api/members/groups/{group}/leave");
        using var again = await _api.CallAsync(a, HttpMethod.Post, $"api/members/groups/{group}/leave", lang: "en");
        using var unknown = await _api.CallAsync(b, HttpMethod.Post, "api/members/groups/g_nope/leave");
        using var roster = await _api.Members.AdminAsync(HttpMethod.Get, $"api/admin/groups/{group}/members");
        var groupsOfA = await _api.GetAsync(a, "api/members/groups");
        using var reopen = await _api.CallAsync(a, HttpMethod.Post, $"api/members/groups/{group}/token");
        using var write = await _api.Members.DirectLine.PostAsync(group, oldTokenA, """{"type":"message","text":"我还在吗"}""");
        var history = await _api.Members.DirectLine.GetActivitiesAsync(group, tokenB);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.StartsWith("You are not in this group", (await JsonAsync(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["dl_ML2"], (await JsonAsync(roster)).EnumerateArray().Select(m => m.GetProperty("memberId").GetString()));
        Assert.Equal(0, groupsOfA.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, reopen.StatusCode);
        Assert.False(write.IsSuccessStatusCode);
        Assert.Contains(history.GetProperty("activities").EnumerateArray(), x => x.GetProperty("type").GetString() == "conversationUpdate"
            && x.TryGetProperty("membersRemoved", out var removed) && removed[0].GetProperty("id").GetString() == "dl_ML1");
    }
}
