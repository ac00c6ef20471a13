using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Members.Roster;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Members;

/// <summary>Search, one member, edit, deactivate/reactivate, the unit tree, who may call, and what the audit log keeps.</summary>
public sealed class RosterAdminApiTests : IAsyncLifetime
{
    private const string Roster =
        """
        会员号,姓名,手机号,工会,入会日期
        BJ-1,李娜,13800000001,朝阳区总工会/甲公司工会/技术部,2019-03-01
        BJ-2,李雷,13800000002,朝阳区总工会/甲公司工会,
        BJ-3,王芳,13800000003,朝阳区总工会/乙公司工会,
        BJ-4,张伟,13800000004,海淀区总工会,
        """;

    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        var (response, _) = await RosterApi.ImportAsync(_host.Admin, Roster);
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Lists_mask_phones_search_by_name_or_number_take_a_unit_with_everything_under_it_and_page()
    {
        var byName = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members?query=李");
        var byUnit = await RosterApi.GetJsonAsync(_host.Admin, $"api/admin/members?unit={Uri.EscapeDataString("朝阳区总工会 > 甲公司工会")}");
        var paged = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members?page=2&pageSize=3");

        Assert.Equal(["BJ-1", "BJ-2"], Numbers(byName));
        Assert.Equal("138****0001", byName.GetProperty("members")[0].GetProperty("phone").GetString());
        Assert.DoesNotContain("13800000001", byName.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["BJ-1", "BJ-2"], Numbers(byUnit));
        Assert.Equal(4, paged.GetProperty("total").GetInt32());
        Assert.Equal(["BJ-4"], Numbers(paged));
    }

    [Fact]
    public async Task One_member_shows_the_whole_phone_and_an_unknown_number_is_404()
    {
        var li = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/bj-1");
        using var unknown = await _host.Admin.GetAsync("api/admin/members/BJ-404");

        Assert.Equal(("李娜", "13800000001", "active", "2019-03-01"),
            (li.GetProperty("name").GetString(), li.GetProperty("phone").GetString(), li.GetProperty("status").GetString(), li.GetProperty("joinedOn").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Editing_validates_changes_a_known_member_and_404s_an_unknown_one()
    {
        using var bad = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { name = "", phone = "123", unit = "甲" });
        var afterBad = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/BJ-1");
        using var good = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { name = "李娜", phone = "139 0000 0001", unit = "朝阳区总工会→乙公司工会", joinedOn = "2020/5/1" });
        using var unknown = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-404", new { name = "某", phone = "13900000009", unit = "甲" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("phone", out _));
        Assert.Equal(("李娜", "13800000001"), (afterBad.GetProperty("name").GetString(), afterBad.GetProperty("phone").GetString()));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var li = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("13900000001", "朝阳区总工会/乙公司工会", "2020-05-01"),
            (li.GetProperty("phone").GetString(), li.GetProperty("unit").GetString(), li.GetProperty("joinedOn").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(4, _host.Count("members"));
    }

    [Fact]
    public async Task The_wecom_userid_is_edited_validated_kept_when_left_out_cleared_when_empty_and_binds_by_it()
    {
        var roster = _host.Services.GetRequiredService<IMemberRoster>();
        var edit = new { name = "李娜", phone = "13800000001", unit = "朝阳区总工会/甲公司工会/技术部", joinedOn = "2019-03-01" };

        using var set = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { edit.name, edit.phone, edit.unit, edit.joinedOn, wecomUserId = " LiNa.Tech@jia " });
        var listed = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members?query=BJ-1");
        var boundBy = await roster.FindByWeComAccountAsync("LiNa.Tech@jia", null, CancellationToken.None);
        using var bad = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { edit.name, edit.phone, edit.unit, wecomUserId = "李娜 的账号" });
        using var tooLong = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { edit.name, edit.phone, edit.unit, wecomUserId = new string('a', 65) });
        var afterBad = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/BJ-1");
        using var leftOut = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { edit.name, edit.phone, unit = "朝阳区总工会/乙公司工会" });
        var afterLeftOut = await leftOut.Content.ReadFromJsonAsync<JsonElement>();
        using var cleared = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { edit.name, edit.phone, edit.unit, wecomUserId = "" });
        var afterCleared = await cleared.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("LiNa.Tech@jia", (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("wecomUserId").GetString());
        Assert.Equal("LiNa.Tech@jia", listed.GetProperty("members")[0].GetProperty("wecomUserId").GetString());
        Assert.Equal("BJ-1", boundBy); // what WeComAutoBinding asks when that WeCom user first writes
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (bad.StatusCode, tooLong.StatusCode));
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("wecomUserId", out _));
        Assert.Equal(("LiNa.Tech@jia", "朝阳区总工会/甲公司工会/技术部"), (afterBad.GetProperty("wecomUserId").GetString(), afterBad.GetProperty("unit").GetString()));
        Assert.Equal(("LiNa.Tech@jia", "朝阳区总工会/乙公司工会"), (afterLeftOut.GetProperty("wecomUserId").GetString(), afterLeftOut.GetProperty("unit").GetString()));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.False(afterCleared.TryGetProperty("wecomUserId", out _));
        Assert.Null(await roster.FindByWeComAccountAsync("LiNa.Tech@jia", null, CancellationToken.None));
    }

    [Fact]
    public async Task A_wecom_userid_already_on_another_member_is_a_409_that_names_them_and_changes_nothing()
    {
        using var first = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { name = "李娜", phone = "13800000001", unit = "甲", wecomUserId = "lina" });
        using var second = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-2", new { name = "王芳芳", phone = "13800000002", unit = "甲", wecomUserId = "lina" });
        var wang = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/BJ-2");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("BJ-1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("王芳芳", wang.GetProperty("name").GetString());
        Assert.False(wang.TryGetProperty("wecomUserId", out _));
    }

    [Fact]
    public async Task An_import_row_giving_a_wecom_userid_another_member_has_is_rejected_and_the_rest_imported()
    {
        using var first = await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { name = "李娜", phone = "13800000001", unit = "甲", wecomUserId = "lina" });
        var (response, report) = await RosterApi.ImportAsync(_host.Admin, "会员号,姓名,手机号,工会,企业微信账号\nBJ-1,李娜,13800000001,甲,\nBJ-2,李雷,13800000002,甲,lina\nBJ-5,赵敏,13800000005,甲,zhaomin\n");
        var li = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/BJ-2");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, response.StatusCode));
        Assert.Equal((1, 1), (report.GetProperty("added").GetInt32(), report.GetProperty("rejectedCount").GetInt32()));
        var rejected = report.GetProperty("rejected")[0];
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());
        Assert.Contains("已在会员 BJ-1 名下", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(li.TryGetProperty("wecomUserId", out _));
        Assert.Equal("BJ-1", await _host.Services.GetRequiredService<IMemberRoster>().FindByWeComAccountAsync("lina", null, CancellationToken.None));
    }

    [Fact]
    public async Task Deactivating_and_reactivating_change_the_status_and_unknown_numbers_are_404()
    {
        using var deactivated = await _host.Admin.PostAsync("api/admin/members/BJ-2/deactivate", null);
        var activeOnly = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members?status=active");
        var off = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/BJ-2");
        using var reactivated = await _host.Admin.PostAsync("api/admin/members/BJ-2/reactivate", null);
        using var unknownOff = await _host.Admin.PostAsync("api/admin/members/BJ-404/deactivate", null);
        using var unknownOn = await _host.Admin.PostAsync("api/admin/members/BJ-404/reactivate", null);

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(["BJ-1", "BJ-3", "BJ-4"], Numbers(activeOnly));
        Assert.Equal(("deactivated", 2L), (off.GetProperty("status").GetString(), SessionVersion("BJ-2")));
        Assert.Equal("active", (await reactivated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknownOff.StatusCode, unknownOn.StatusCode));
    }

    [Fact]
    public async Task The_unit_tree_counts_every_unit_with_everything_under_it()
    {
        await _host.Admin.PostAsync("api/admin/members/BJ-3/deactivate", null);

        var tree = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/units");

        var chaoyang = tree.EnumerateArray().Single(n => n.GetProperty("name").GetString() == "朝阳区总工会");
        Assert.Equal((3, 2), (chaoyang.GetProperty("members").GetInt32(), chaoyang.GetProperty("active").GetInt32()));
        var company = chaoyang.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "甲公司工会");
        Assert.Equal(("朝阳区总工会/甲公司工会", 2), (company.GetProperty("path").GetString(), company.GetProperty("members").GetInt32()));
        Assert.Equal(2, tree.GetArrayLength());
    }

    [Fact]
    public async Task Only_staff_may_call_and_plain_staff_accounts_may()
    {
        using var created = await _host.Admin.PostAsJsonAsync("api/admin/staff", new { userName = "clerk", password = "Clerk-Password-7", role = "staff" });
        created.EnsureSuccessStatusCode();
        using var signIn = await _host.Http.PostAsJsonAsync("api/admin/token", new { userName = "clerk", password = "Clerk-Password-7" });
        var staffToken = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        foreach (var (method, path) in new[] { ("GET", "api/admin/members"), ("GET", "api/admin/members/BJ-1"), ("POST", "api/admin/members/import"), ("POST", "api/admin/members/BJ-1/deactivate") })
        {
            using var anonymous = await _host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            using var forged = new HttpRequestMessage(new HttpMethod(method), path);
            forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-staff-token");
            using var forgedResponse = await _host.Http.SendAsync(forged);
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} anonymous → {anonymous.StatusCode}");
            Assert.True(forgedResponse.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} forged → {forgedResponse.StatusCode}");
        }

        using var asStaff = new HttpRequestMessage(HttpMethod.Get, "api/admin/members/BJ-1");
        asStaff.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffToken);
        using var staffResponse = await _host.Http.SendAsync(asStaff);
        Assert.Equal(HttpStatusCode.OK, staffResponse.StatusCode);
        Assert.Equal("active", (await RosterApi.GetJsonAsync(_host.Admin, "api/admin/members/BJ-1")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Changes_are_audited_with_the_member_number_and_never_the_phone()
    {
        await _host.Admin.PutAsJsonAsync("api/admin/members/BJ-1", new { name = "李娜", phone = "13912345678", unit = "甲" });
        await _host.Admin.PostAsync("api/admin/members/BJ-1/deactivate", null);

        var audit = await RosterApi.GetJsonAsync(_host.Admin, "api/admin/audit");

        var actions = audit.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.TryGetProperty("target", out var t) ? t.GetString() : null)).ToList();
        Assert.Contains(("PUT /api/admin/members/{memberNumber}", "memberNumber=BJ-1"), actions);
        Assert.Contains(("POST /api/admin/members/{memberNumber}/deactivate", "memberNumber=BJ-1"), actions);
        Assert.Contains(actions, a => a.Item1 == "POST /api/admin/members/import");
        Assert.DoesNotContain("13912345678", audit.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", audit.GetRawText(), StringComparison.Ordinal);
    }

    private static string[] Numbers(JsonElement list) => [.. list.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("memberNumber").GetString()!)];

    private long SessionVersion(string number)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_host.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT session_version FROM members WHERE member_number = $n";
        command.Parameters.AddWithValue("$n", number);
        return (long)command.ExecuteScalar()!;
    }
}
