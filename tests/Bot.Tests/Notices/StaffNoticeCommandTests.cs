using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>A staff account linked to a member number may post "/notice …" in a group; everyone else is refused.</summary>
public sealed class StaffNoticeCommandTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private MemberChats _chats = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: MemberChats.Settings());
        _chats = new MemberChats(_bot);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task A_linked_staff_member_publishes_to_the_group_and_an_unlinked_member_is_refused()
    {
        var staffId = await CreateStaffAsync("zhang.staff");
        using (var link = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{staffId}/member-number", new { memberNumber = "s900" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, link.StatusCode);
            Assert.Equal("S900", BotHost.Json(await link.Content.ReadAsStringAsync()).GetProperty("memberNumber").GetString());
        }

        var groupId = (await _chats.Groups.CreateGroupAsync("职工V家")).GetProperty("groupId").GetString()!;
        await _chats.Groups.AddMemberAsync(groupId, "S900", "张老师");
        await _chats.Groups.AddMemberAsync(groupId, "A001", "王芳");
        var staff = await _chats.Groups.GroupTokenAsync(await _chats.Groups.SignInAsync("S900", "张老师"), groupId);
        var member = await _chats.Groups.GroupTokenAsync(await _chats.Groups.SignInAsync("A001", "王芳"), groupId);

        var refusedId = await _chats.Groups.SayAsync(groupId, member, "/notice 我也想发通知");
        await _chats.Groups.SayAsync(groupId, staff, "/notice 周六9点瑜伽课取消");
        var texts = await WaitForTextAsync(groupId, member, "周六9点瑜伽课取消");

        Assert.Contains("工作人员", Assert.Single(await _chats.Groups.BotRepliesAsync(groupId, member, refusedId)), StringComparison.Ordinal);
        Assert.Single(texts, t => t == "周六9点瑜伽课取消");
        Assert.DoesNotContain("我也想发通知", texts);
        Assert.Equal(1L, _bot.Count("notices"));
    }

    [Fact]
    public async Task Linking_checks_the_number_the_account_and_that_no_other_account_has_it()
    {
        var first = await CreateStaffAsync("li.staff");
        var second = await CreateStaffAsync("wu.staff");

        using var bad = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{first}/member-number", new { memberNumber = "no spaces!" });
        using var unknown = await _chats.Groups.AdminAsync(HttpMethod.Put, "api/admin/staff/nobody/member-number", new { memberNumber = "S1" });
        using var linked = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{first}/member-number", new { memberNumber = "S1" });
        using var taken = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{second}/member-number", new { memberNumber = "s1" });
        using var anonymous = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{second}/member-number", new { memberNumber = "S2" }, key: null);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<string> CreateStaffAsync(string userName)
    {
        using var response = await _chats.Groups.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName, password = "Staff-Pass-12345", role = "staff" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    private async Task<List<string>> WaitForTextAsync(string groupId, string token, string text)
    {
        for (var i = 0; i < 300; i++)
        {
            var texts = await _chats.BotTextsAsync(groupId, token);
            if (texts.Contains(text))
            {
                return texts;
            }

            await Task.Delay(100);
        }

        return await _chats.BotTextsAsync(groupId, token);
    }
}
