using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Privacy;
using EngageBot.Core.State;
using EngageBot.Features.Privacy;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Privacy;

/// <summary>
/// Export and erasure of one member through the admin API, on each provider: before and after counts of every table,
/// the other member untouched, the activity's seats unchanged, the erased member's token refused, both audited.
/// </summary>
public abstract class PrivacyContract : IAsyncLifetime
{
    private const string Subject = "BJ-1";
    private const string Other = "BJ-2";

    private BotHost _host = null!;
    private IDatabase _database = null!;
    private string _subjectToken = null!;
    private string _otherToken = null!;

    protected abstract Task<BotHost> StartHostAsync(Action<WebApplicationBuilder>? configure = null);

    public async Task InitializeAsync()
    {
        _host = await StartHostAsync();
        _database = _host.Services.GetRequiredService<IDatabase>();
        _subjectToken = (await _host.SignInMemberAsync(Subject, "李娜")).GetProperty("sessionToken").GetString()!;
        _otherToken = (await _host.SignInMemberAsync(Other, "王芳")).GetProperty("sessionToken").GetString()!;
        (await _host.Admin.GetAsync("api/admin/members")).EnsureSuccessStatusCode(); // the bootstrap admin exists and is signed in
        await PersonalDataSeed.SharedAsync(_database);
        await PersonalDataSeed.MemberAsync(_database, Subject, seq: 1);
        await PersonalDataSeed.MemberAsync(_database, Other, seq: 2);
        await PersonalDataSeed.ChainAsync(_database, Subject, Other);
        await PersonalDataSeed.ExecuteAsync(_database, "UPDATE staff_accounts SET member_number = @n, member_linked_at = 1 WHERE user_name = @u",
            ("@n", Subject), ("@u", StaffTokenHandler.UserName));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_export_holds_every_table_of_the_member_and_nothing_of_another()
    {
        using var response = await _host.Admin.GetAsync($"api/admin/members/{Subject}/export");
        var text = await response.Content.ReadAsStringAsync();
        using var summary = await _host.Admin.GetAsync($"api/admin/members/{Subject.ToLowerInvariant()}/export?format=text");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = BotHost.Json(text);
        var data = export.GetProperty("data");
        foreach (var table in new[] { "roster", "signIns", "state", "transcript", "conversationReferences", "directLineConversations", "directLineActivities",
                     "uploads", "groupMemberships", "chainEntries", "signUps", "handoffTickets", "noticeSubscriptions", "deliveries", "staffLink" })
        {
            Assert.True(data.GetProperty(table).GetArrayLength() > 0, $"{table} is empty");
        }

        Assert.Equal(MemberSignInExtensions.PhoneOf(Subject), data.GetProperty("roster")[0].GetProperty("phone").GetString());
        Assert.Equal(2, data.GetProperty("transcript").GetArrayLength()); // the 1:1 line and the member's own group line
        Assert.Equal(PersonalDataSeed.SecretText(Subject), data.GetProperty("directLineActivities")[0].GetProperty("json").GetProperty("text").GetString());
        Assert.Contains(PersonalDataSeed.SecretText(Subject), text, StringComparison.Ordinal);
        Assert.Equal(PersonalDataSeed.ChainName(Subject), Assert.Single(data.GetProperty("chainEntries").EnumerateArray()).GetProperty("name").GetString());
        Assert.DoesNotContain(PersonalDataSeed.ChainName(Other), text, StringComparison.Ordinal);
        Assert.Equal("roster", export.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.DoesNotContain(PersonalDataSeed.SecretText(Other), text, StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", text, StringComparison.Ordinal);
        Assert.DoesNotContain("code_hash", text, StringComparison.Ordinal);
        Assert.Contains("李娜", text, StringComparison.Ordinal); // Chinese as Chinese, not \uXXXX
        // Whose chat a sign-up and a delivery go through: the member's own key here; another member's never.
        var me = DataSubjects.For(Subject).Member.Format();
        Assert.Equal(me, data.GetProperty("signUps")[0].GetProperty("conversation_member").GetString());
        Assert.All(data.GetProperty("deliveries").EnumerateArray(), d => Assert.Equal(me, d.GetProperty("reference_member").GetString()));
        Assert.DoesNotContain(DataSubjects.For(Other).UserId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalDataSeed.ServiceUrl(Other), text, StringComparison.Ordinal);
        var signUps = export.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "signUps");
        Assert.Equal(1, signUps.GetProperty("count").GetInt32());
        var readable = await summary.Content.ReadAsStringAsync();
        Assert.Contains("会员号 BJ-1 的个人数据", readable, StringComparison.Ordinal);
        Assert.Contains("活动报名与签到：1 条（", readable, StringComparison.Ordinal);
        Assert.Equal(2, await AuditRowsAsync("GET /api/admin/members/{memberNumber}/export", "memberNumber=BJ-1")); // JSON and text
    }

    [Fact]
    public async Task Erasing_removes_or_anonymises_the_member_keeps_seats_and_others_and_ends_their_sessions()
    {
        var before = await PersonalDataSeed.CountsAsync(_database, Subject);
        var otherBefore = await PersonalDataSeed.CountsAsync(_database, Other);
        var seatsBefore = await SeatsAsync();
        var store = _host.Services.GetRequiredService<IStateStore>();
        Assert.Contains(PersonalDataSeed.ServiceUrl(Subject), await store.ReadServiceUrlsAsync(CancellationToken.None));
        var deliveriesBefore = await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM outbox WHERE notice_id = 'n1'");
        using (var beforeData = await MemberGetAsync("api/members/me/data", _subjectToken))
        {
            Assert.Equal(HttpStatusCode.OK, beforeData.StatusCode);
        }

        using var erased = await _host.Admin.PostAsJsonAsync($"api/admin/members/{Subject}/erase", new { confirmMemberNumber = "bj-1" });
        var report = await erased.Content.ReadFromJsonAsync<JsonElement>();
        var after = await PersonalDataSeed.CountsAsync(_database, Subject);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.False(report.GetProperty("alreadyErased").GetBoolean());
        Assert.All(before, b => Assert.True(b.Value > 0, $"{b.Key} had no row of the member to begin with"));
        Assert.All(after, a => Assert.True(a.Value == 0, $"{a.Key} still has {a.Value} rows of the member"));
        Assert.Equal(otherBefore, await PersonalDataSeed.CountsAsync(_database, Other));
        Assert.Equal(seatsBefore, await SeatsAsync());
        Assert.Equal(2, await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM signups WHERE activity_id = @a AND status = 'confirmed'", ("@a", PersonalDataSeed.ActivityId)));
        Assert.Equal(1, await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM signups WHERE channel_id = 'erased' AND display_name = '（已删除）' AND source_key IS NULL"));
        Assert.Equal(deliveriesBefore, await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM outbox WHERE notice_id = 'n1'"));
        Assert.Equal(1, await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM outbox WHERE status = 'skipped' AND reason = 'erased' AND payload IS NULL"));
        Assert.Equal(1, await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM dl_activities WHERE conversation_id = @g", ("@g", PersonalDataSeed.GroupId)));
        Assert.Equal(0, await PersonalDataSeed.ScalarAsync(_database, "SELECT COUNT(*) FROM transcript WHERE json LIKE @t", ("@t", "%" + PersonalDataSeed.SecretText(Subject) + "%")));

        // The subject's serviceUrl is no longer trusted from storage (no reference uses it); the other member's still is.
        var trusted = await store.ReadServiceUrlsAsync(CancellationToken.None);
        Assert.DoesNotContain(PersonalDataSeed.ServiceUrl(Subject), trusted);
        Assert.Contains(PersonalDataSeed.ServiceUrl(Other), trusted);

        var chain = BotHost.Json(await PersonalDataSeed.TextAsync(_database, "SELECT json FROM state WHERE key = @k", ("@k", PersonalDataSeed.ChainKey)));
        var lines = chain.GetProperty("groupChain").GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(["（已删除）", PersonalDataSeed.ChainName(Other)], lines);
        Assert.Equal("erased", chain.GetProperty("groupChain").GetProperty("startedBy").GetString());
        Assert.Equal(4, await PersonalDataSeed.ScalarAsync(_database, "SELECT version FROM state WHERE key = @k", ("@k", PersonalDataSeed.ChainKey)));

        // The old token is refused at once; the other member's still works.
        using var oldToken = await MemberGetAsync("api/members/groups", _subjectToken);
        using var oldData = await MemberGetAsync("api/members/me/data", _subjectToken);
        using var otherToken = await MemberGetAsync("api/members/me/data", _otherToken);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (oldToken.StatusCode, oldData.StatusCode, otherToken.StatusCode));

        // Idempotent: again answers 200 and changes nothing; the export has nothing to show any more.
        using var again = await _host.Admin.PostAsJsonAsync($"api/admin/members/{Subject}/erase", new { confirmMemberNumber = Subject });
        var againReport = await again.Content.ReadFromJsonAsync<JsonElement>();
        using var export = await _host.Admin.GetAsync($"api/admin/members/{Subject}/export");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(againReport.GetProperty("alreadyErased").GetBoolean());
        Assert.Equal((0, 0), (againReport.GetProperty("deleted").GetInt32(), againReport.GetProperty("anonymised").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Equal(2, await AuditRowsAsync("POST /api/admin/members/{memberNumber}/erase", null));
        Assert.Equal(0, await PersonalDataSeed.ScalarAsync(_database,
            "SELECT COUNT(*) FROM staff_audit WHERE target LIKE '%李娜%' OR target LIKE @p", ("@p", "%" + MemberSignInExtensions.PhoneOf(Subject) + "%")));
    }

    [Fact]
    public async Task An_erasure_that_fails_part_way_changes_nothing()
    {
        // A share that fails after every feature's share has run: the one transaction must take all of them back.
        await using var host = await StartHostAsync(builder => builder.Services.AddSingleton<IPersonalData, FailingShare>());
        var database = host.Services.GetRequiredService<IDatabase>();
        await host.SeedMemberAsync(Subject, "李娜");
        await PersonalDataSeed.SharedAsync(database);
        await PersonalDataSeed.MemberAsync(database, Subject, seq: 1);
        var before = await PersonalDataSeed.CountsAsync(database, Subject);

        using var erased = await host.Admin.PostAsJsonAsync($"api/admin/members/{Subject}/erase", new { confirmMemberNumber = Subject });

        Assert.Equal(HttpStatusCode.InternalServerError, erased.StatusCode);
        Assert.Equal(before, await PersonalDataSeed.CountsAsync(database, Subject));
        Assert.Equal(0, await PersonalDataSeed.ScalarAsync(database, "SELECT COUNT(*) FROM member_erasures"));
    }

    private Task<long> SeatsAsync() => PersonalDataSeed.ScalarAsync(_database,
        "SELECT COUNT(*) FROM signups WHERE activity_id = @a AND status IN ('confirmed', 'attended')", ("@a", PersonalDataSeed.ActivityId));

    private Task<long> AuditRowsAsync(string action, string? target) => PersonalDataSeed.ScalarAsync(_database,
        "SELECT COUNT(*) FROM staff_audit WHERE action = @a AND outcome = 200 AND (@t = '' OR target = @t)", ("@a", action), ("@t", target ?? string.Empty));

    private Task<HttpResponseMessage> MemberGetAsync(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _host.Http.SendAsync(request);
    }
}
