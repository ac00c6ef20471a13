using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.Bot.Tests.Staff;
using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Staff;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>A staff member who linked their own chat may post "/notice …" in a group; a member number alone never makes anyone staff.</summary>
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
    public async Task A_staff_member_who_linked_their_own_chat_publishes_and_a_member_number_alone_does_not()
    {
        var staffId = await CreateStaffAsync("zhang.staff");
        MarkLinkedByAnAdminBeforeTheUpgrade(staffId, "S900");
        var groupId = (await _chats.Groups.CreateGroupAsync("职工V家")).GetProperty("groupId").GetString()!;
        await _chats.Groups.AddMemberAsync(groupId, "S900", "张老师");
        await _chats.Groups.AddMemberAsync(groupId, "A001", "王芳");
        var staffSession = await _chats.Groups.SignInAsync("S900", "张老师");
        var staff = await _chats.Groups.GroupTokenAsync(staffSession, groupId);
        var member = await _chats.Groups.GroupTokenAsync(await _chats.Groups.SignInAsync("A001", "王芳"), groupId);

        var beforeLink = await _chats.Groups.SayAsync(groupId, staff, "/notice 链接之前的通知");
        using (var adminLink = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{staffId}/member-number", new { memberNumber = "S900" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, adminLink.StatusCode);
        }

        using (var link = await LinkAsync(staffSession, await StaffTokenAsync("zhang.staff")))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, link.StatusCode);
            Assert.Equal(("zhang.staff", "S900"), (BotHost.Json(await link.Content.ReadAsStringAsync()).GetProperty("staffUserName").GetString(),
                BotHost.Json(await link.Content.ReadAsStringAsync()).GetProperty("memberNumber").GetString()));
        }

        var refusedId = await _chats.Groups.SayAsync(groupId, member, "/notice 我也想发通知");
        await _chats.Groups.SayAsync(groupId, staff, "/notice 周六9点瑜伽课取消");
        var texts = await WaitForTextAsync(groupId, member, "周六9点瑜伽课取消");

        Assert.Contains("工作人员", Assert.Single(await _chats.Groups.BotRepliesAsync(groupId, staff, beforeLink)), StringComparison.Ordinal);
        Assert.Contains("工作人员", Assert.Single(await _chats.Groups.BotRepliesAsync(groupId, member, refusedId)), StringComparison.Ordinal);
        Assert.Single(texts, t => t == "周六9点瑜伽课取消");
        Assert.DoesNotContain("链接之前的通知", texts);
        Assert.DoesNotContain("我也想发通知", texts);
        Assert.Equal(1L, _bot.Count("notices"));
    }

    [Fact]
    public async Task Staff_ask_a_group_notice_for_receipts_with_需确认_or_receipt_and_members_confirm_it_quietly()
    {
        await CreateStaffAsync("zhao.staff");
        var groupId = (await _chats.Groups.CreateGroupAsync("体检通知群")).GetProperty("groupId").GetString()!;
        await _chats.Groups.AddMemberAsync(groupId, "S901", "赵老师");
        await _chats.Groups.AddMemberAsync(groupId, "A101", "钱一");
        await _chats.Groups.AddMemberAsync(groupId, "A102", "Amy");
        var staffSession = await _chats.Groups.SignInAsync("S901", "赵老师");
        using (var link = await LinkAsync(staffSession, await StaffTokenAsync("zhao.staff")))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, link.StatusCode);
        }

        var staff = await _chats.Groups.GroupTokenAsync(staffSession, groupId);
        var qian = await _chats.Groups.GroupTokenAsync(await _chats.Groups.SignInAsync("A101", "钱一"), groupId);
        var amy = await _chats.Groups.GroupTokenAsync(await _chats.Groups.SignInAsync("A102", "Amy"), groupId);

        var bare = await _chats.Groups.SayAsync(groupId, staff, "/notice 需确认");
        Assert.Contains("/notice 需确认 周五上午体检", Assert.Single(await _chats.Groups.BotRepliesAsync(groupId, staff, bare)), StringComparison.Ordinal);
        await _chats.Groups.SayAsync(groupId, staff, "/notice 需确认 周五上午体检，请空腹");
        await WaitForTextAsync(groupId, qian, "周五上午体检，请空腹");
        await _chats.Groups.SayAsync(groupId, staff, "/notice --receipt Health check on Friday: please fast");
        await WaitForTextAsync(groupId, amy, "Health check on Friday: please fast");

        var notices = (await _bot.Admin.GetFromJsonAsync<JsonElement>("api/admin/notices")).GetProperty("notices").EnumerateArray().ToList();
        Assert.Equal(
            [("Health check on Friday: please fast", true), ("周五上午体检，请空腹", true)],
            notices.Select(n => (n.GetProperty("text").GetString(), n.TryGetProperty("askReceipt", out var ask) && ask.GetBoolean())).OrderBy(n => n.Item1, StringComparer.Ordinal));

        // Each member confirms the newest notice in the group; nobody's "收到" / "got it" gets a reply of its own there.
        Assert.Empty(await _chats.Groups.BotRepliesAsync(groupId, qian, await _chats.Groups.SayAsync(groupId, qian, "收到")));
        Assert.Empty(await _chats.Groups.BotRepliesAsync(groupId, amy, await _chats.Groups.SayAsync(groupId, amy, "got it")));
        var english = notices.Single(n => n.GetProperty("text").GetString()!.StartsWith("Health", StringComparison.Ordinal)).GetProperty("id").GetString();
        var report = await _bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{english}/receipts");
        Assert.Equal(
            [("engagebot/dl_A101", "confirmed"), ("engagebot/dl_A102", "confirmed"), ("engagebot/dl_S901", "unconfirmed")],
            report.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("member").GetString(), m.GetProperty("state").GetString())).OrderBy(m => m.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Linking_needs_both_sign_ins_and_an_admin_can_only_remove_a_link()
    {
        var first = await CreateStaffAsync("li.staff");
        var second = await CreateStaffAsync("wu.staff");
        var session = await _chats.Groups.SignInAsync("S1", "李老师");
        var directory = _bot.Services.GetRequiredService<IStaffDirectory>();

        using var memberOnly = await LinkAsync(session, staffToken: null);
        using var forgedStaff = await LinkAsync(session, staffToken: "not-a-staff-token");
        using var staffOnly = await LinkAsync(session: null, await StaffTokenAsync("li.staff"));
        var afterRefusals = await directory.IsStaffAsync(new MemberKey(DirectLineChannel.ChannelId, "dl_S1"), CancellationToken.None);

        using var browser = new ConsoleBrowser(_bot.BaseAddress);
        await browser.SignInAsync("wu.staff", StaffPassword);
        using var byCookie = await PostLinkAsync(browser.Http, session, staffToken: null);
        var linkedBySecond = await directory.IsStaffAsync(new MemberKey(DirectLineChannel.ChannelId, "dl_S1"), CancellationToken.None);
        using var moved = await LinkAsync(session, await StaffTokenAsync("li.staff"));
        using var unknown = await _chats.Groups.AdminAsync(HttpMethod.Put, "api/admin/staff/nobody/member-number", new { memberNumber = (string?)null });
        using var unlinked = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{first}/member-number", new { memberNumber = (string?)null });
        using var anonymous = await _chats.Groups.AdminAsync(HttpMethod.Put, $"api/admin/staff/{second}/member-number", new { memberNumber = (string?)null }, key: null);

        Assert.Equal([System.Net.HttpStatusCode.Unauthorized, System.Net.HttpStatusCode.Unauthorized, System.Net.HttpStatusCode.Unauthorized],
            new[] { memberOnly.StatusCode, forgedStaff.StatusCode, staffOnly.StatusCode });
        Assert.False(afterRefusals);
        Assert.Equal((System.Net.HttpStatusCode.OK, true), (byCookie.StatusCode, linkedBySecond));
        Assert.Equal(System.Net.HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal([System.Net.HttpStatusCode.NotFound, System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.Unauthorized],
            new[] { unknown.StatusCode, unlinked.StatusCode, anonymous.StatusCode });
        Assert.False(await directory.IsStaffAsync(new MemberKey(DirectLineChannel.ChannelId, "dl_S1"), CancellationToken.None));
        Assert.Equal(2L, Sql("SELECT COUNT(*) FROM staff_audit WHERE action = 'staff-link'"));
    }

    private const string StaffPassword = "Staff-Pass-12345";

    private async Task<string> CreateStaffAsync(string userName)
    {
        using var response = await _chats.Groups.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName, password = StaffPassword, role = "staff" });
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

    private async Task<string> StaffTokenAsync(string userName)
    {
        using var response = await _bot.Http.PostAsJsonAsync("api/admin/token", new { userName, password = StaffPassword });
        response.EnsureSuccessStatusCode();
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("token").GetString()!;
    }

    private Task<HttpResponseMessage> LinkAsync(JsonElement? session, string? staffToken) => PostLinkAsync(_bot.Http, session, staffToken);

    /// <summary>POST /api/members/staff-link with the member's session token and, when given, a staff token in X-Staff-Token.</summary>
    private static async Task<HttpResponseMessage> PostLinkAsync(HttpClient http, JsonElement? session, string? staffToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/members/staff-link");
        if (session is { } s)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", s.GetProperty("sessionToken").GetString());
        }

        if (staffToken is not null)
        {
            request.Headers.Add("X-Staff-Token", staffToken);
        }

        return await http.SendAsync(request);
    }

    /// <summary>What an admin's PUT …/member-number left behind before the upgrade: the number, never confirmed by its holder.</summary>
    private void MarkLinkedByAnAdminBeforeTheUpgrade(string staffId, string memberNumber) =>
        Sql("UPDATE staff_accounts SET member_number = @n WHERE id = @id", ("@n", memberNumber), ("@id", staffId));

    /// <summary>Runs SQL straight on the host's SQLite file; the scalar it returns, else the rows it changed.</summary>
    private long Sql(string sql, params (string Name, string Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return sql.StartsWith("SELECT", StringComparison.Ordinal) ? (long)command.ExecuteScalar()! : command.ExecuteNonQuery();
    }
}
