using System.Net;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Groups;

/// <summary>WeChat-style groups over the built-in Direct Line: fan-out, names, a quiet bot, notices, membership.</summary>
public sealed class GroupChatTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private GroupFixture _groups = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: GroupFixture.Settings());
        _groups = new GroupFixture(_bot);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    private async Task<(string GroupId, JsonElement Group, string AliceToken, string BobToken)> TwoMemberGroupAsync()
    {
        var group = await _groups.CreateGroupAsync("职工V家");
        var groupId = group.GetProperty("groupId").GetString()!;
        await _groups.AddMemberAsync(groupId, "A001", "王芳");
        await _groups.AddMemberAsync(groupId, "B002", "李强");
        var alice = await _groups.GroupTokenAsync(await _groups.SignInAsync("A001", "王芳"), groupId);
        var bob = await _groups.GroupTokenAsync(await _groups.SignInAsync("B002", "李强"), groupId);
        return (groupId, group, alice, bob);
    }

    [Fact]
    public async Task A_members_message_reaches_every_members_stream_with_the_senders_name_and_no_role()
    {
        var (groupId, _, alice, bob) = await TwoMemberGroupAsync();
        using var start = await _groups.DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", alice);
        var streamUrl = BotHost.Json(await start.Content.ReadAsStringAsync()).GetProperty("streamUrl").GetString()!;
        using var aliceSocket = await DirectLineClient.OpenAsync(streamUrl);

        var id = await _groups.SayAsync(groupId, bob, "大家好");
        var seen = await DirectLineClient.ReceiveUntilAsync(aliceSocket, a => a.GetProperty("id").GetString() == id);

        Assert.Equal(HttpStatusCode.OK, start.StatusCode); // the group conversation already existed
        Assert.Equal("大家好", seen.GetProperty("text").GetString());
        Assert.Equal("dl_B002", seen.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("李强", seen.GetProperty("from").GetProperty("name").GetString());
        Assert.False(seen.GetProperty("from").TryGetProperty("role", out _));
        Assert.True(seen.GetProperty("conversation").GetProperty("isGroup").GetBoolean());
    }

    [Fact]
    public async Task The_bot_stays_quiet_unless_mentioned_and_strips_its_mention()
    {
        var (groupId, _, _, bob) = await TwoMemberGroupAsync();

        var chatter = await _groups.SayAsync(groupId, bob, "帮助");
        var byName = await _groups.SayAsync(groupId, bob, "@小助手 帮助");
        using var byEntity = await _groups.DirectLine.PostAsync(groupId, bob, """
            {"type":"message","text":"<at>小助手</at> help","entities":[{"type":"mention","mentioned":{"id":"engagebot","name":"小助手"},"text":"<at>小助手</at>"}]}
            """);
        var entityId = BotHost.Json(await byEntity.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;

        Assert.Empty(await _groups.BotRepliesAsync(groupId, bob, chatter));
        Assert.Contains("俱乐部", Assert.Single(await _groups.BotRepliesAsync(groupId, bob, byName)), StringComparison.Ordinal);
        Assert.StartsWith("I can help you", Assert.Single(await _groups.BotRepliesAsync(groupId, bob, entityId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joining_by_invite_code_shows_as_conversationUpdate_and_leaving_revokes_access()
    {
        var (groupId, group, alice, _) = await TwoMemberGroupAsync();
        var carol = await _groups.SignInAsync("C003", "赵敏");

        using var join = await _groups.MemberAsync(carol, HttpMethod.Post, "api/members/groups/join", new { inviteCode = group.GetProperty("inviteCode").GetString()!.ToLowerInvariant() });
        var carolToken = await _groups.GroupTokenAsync(carol, groupId);
        using var mine = await _groups.MemberAsync(carol, HttpMethod.Get, "api/members/groups");
        using var remove = await _groups.AdminAsync(HttpMethod.Delete, $"api/admin/groups/{groupId}/members/C003");
        using var afterRemoval = await _groups.DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{groupId}/activities", carolToken);
        using var tokenAfterRemoval = await _groups.MemberAsync(carol, HttpMethod.Post, $"api/members/groups/{groupId}/token");

        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
        Assert.Equal(groupId, BotHost.Json(await mine.Content.ReadAsStringAsync())[0].GetProperty("groupId").GetString());
        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterRemoval.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tokenAfterRemoval.StatusCode);
        var updates = (await _groups.DirectLine.GetActivitiesAsync(groupId, alice)).GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "conversationUpdate").ToList();
        Assert.Contains(updates, u => u.TryGetProperty("membersAdded", out var added) && added[0].GetProperty("name").GetString() == "赵敏");
        Assert.Contains(updates, u => u.TryGetProperty("membersRemoved", out var removed) && removed[0].GetProperty("id").GetString() == "dl_C003");
    }

    [Fact]
    public async Task A_wrong_invite_code_is_404_and_joins_nothing()
    {
        var carol = await _groups.SignInAsync("C004", "钱多");

        using var join = await _groups.MemberAsync(carol, HttpMethod.Post, "api/members/groups/join", new { inviteCode = "NOPE1234" });
        using var mine = await _groups.MemberAsync(carol, HttpMethod.Get, "api/members/groups");

        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);
        Assert.Equal(0, BotHost.Json(await mine.Content.ReadAsStringAsync()).GetArrayLength());
    }

    [Fact]
    public async Task The_pinned_notice_is_posted_shown_with_the_group_and_repeated_on_request()
    {
        var (groupId, _, alice, bob) = await TwoMemberGroupAsync();

        using var set = await _groups.AdminAsync(HttpMethod.Put, $"api/admin/groups/{groupId}/notice", new { notice = "周六上午九点瑜伽课，请准时。" });
        var ask = await _groups.SayAsync(groupId, bob, "#公告");
        using var details = await _groups.MemberAsync(await _groups.SignInAsync("A001", "王芳"), HttpMethod.Get, $"api/members/groups/{groupId}");

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal("周六上午九点瑜伽课，请准时。", BotHost.Json(await details.Content.ReadAsStringAsync()).GetProperty("notice").GetString());
        Assert.Contains("周六上午九点瑜伽课", Assert.Single(await _groups.BotRepliesAsync(groupId, bob, ask)), StringComparison.Ordinal);
        var history = (await _groups.DirectLine.GetActivitiesAsync(groupId, alice)).GetProperty("activities").EnumerateArray();
        Assert.Contains(history, a => a.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("📌 群公告：周六", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Group_history_pages_backwards()
    {
        var (groupId, _, _, bob) = await TwoMemberGroupAsync();
        for (var i = 1; i <= 5; i++)
        {
            await _groups.SayAsync(groupId, bob, $"消息{i}");
        }

        var session = await _groups.SignInAsync("B002", "李强");
        using var latest = await _groups.MemberAsync(session, HttpMethod.Get, $"api/members/groups/{groupId}/messages?limit=3");
        var page = BotHost.Json(await latest.Content.ReadAsStringAsync());
        var before = page.GetProperty("watermark").GetString();
        using var earlier = await _groups.MemberAsync(session, HttpMethod.Get, $"api/members/groups/{groupId}/messages?limit=3&before={before}");
        var older = BotHost.Json(await earlier.Content.ReadAsStringAsync());

        Assert.Equal(["消息3", "消息4", "消息5"], page.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("消息2", older.GetProperty("activities")[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_admin_api_needs_the_staff_key_and_checks_its_input()
    {
        using var noKey = await _groups.AdminAsync(HttpMethod.Post, "api/admin/groups", new { name = "x" }, key: null);
        using var wrongKey = await _groups.AdminAsync(HttpMethod.Post, "api/admin/groups", new { name = "x" }, key: "guess");
        using var noName = await _groups.AdminAsync(HttpMethod.Post, "api/admin/groups", new { name = "  " });
        using var badMember = await _groups.AdminAsync(HttpMethod.Post, "api/admin/groups/nope/members", new { memberNumber = "../x", name = "甲" });
        using var noGroup = await _groups.AdminAsync(HttpMethod.Post, "api/admin/groups/nope/members", new { memberNumber = "X1", name = "甲" });

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noGroup.StatusCode);
        Assert.Equal(0, _bot.Count("chat_groups"));
    }

    [Fact]
    public async Task Sign_in_refuses_bad_input()
    {
        using var empty = await _bot.Http.PostAsync("api/members/session", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var longName = await _bot.Http.PostAsync("api/members/session",
            new StringContent(JsonSerializer.Serialize(new { memberNumber = "A1", name = new string('名', 40) }), System.Text.Encoding.UTF8, "application/json"));
        using var noSession = await _bot.Http.GetAsync("api/members/groups");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noSession.StatusCode);
    }
}
