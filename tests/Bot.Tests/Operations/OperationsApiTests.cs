using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Operations;
using EngageBot.TestKit;
using Quartz;

namespace EngageBot.Bot.Tests.Operations;

/// <summary>The operations API is for staff admins only; backups and the retention dry run answer them; the jobs are on the schedule.</summary>
public sealed class OperationsApiTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), "backups");
    private BotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Backup:Folder"] = _folder, ["Backup:Keep"] = "3" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("GET", "api/admin/backups")]
    [InlineData("POST", "api/admin/backups")]
    [InlineData("GET", "api/admin/retention")]
    [InlineData("POST", "api/admin/retention/runs")]
    public async Task Anonymous_callers_get_401_and_staff_who_are_not_admins_403_and_nothing_is_written(string method, string path)
    {
        using var created = await _host.Admin.PostAsJsonAsync("api/admin/staff", new { userName = "clerk", password = "Clerk-Pass-2026", role = "staff" });
        using var signIn = await _host.Http.PostAsJsonAsync("api/admin/token", new { userName = "clerk", password = "Clerk-Pass-2026" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        using var anonymous = await _host.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var asStaff = new HttpRequestMessage(new HttpMethod(method), path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var staff = await _host.Http.SendAsync(asStaff);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task An_admin_takes_a_backup_and_finds_it_listed()
    {
        using var taken = await _host.Admin.PostAsync("api/admin/backups", null);
        var file = await taken.Content.ReadFromJsonAsync<JsonElement>();
        var list = await _host.Admin.GetFromJsonAsync<JsonElement>("api/admin/backups");

        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var name = file.GetProperty("name").GetString()!;
        Assert.True(File.Exists(Path.Combine(_folder, name)));
        Assert.Equal(Path.GetFullPath(_folder), list.GetProperty("folder").GetString());
        Assert.Equal(3, list.GetProperty("keep").GetInt32());
        Assert.Equal([name], list.GetProperty("backups").EnumerateArray().Select(b => b.GetProperty("name").GetString()!));
        Assert.Equal(new FileInfo(Path.Combine(_folder, name)).Length, file.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public async Task The_dry_run_names_every_kind_with_its_limit_and_a_run_on_request_reports_what_it_deleted()
    {
        var dryRun = await _host.Admin.GetFromJsonAsync<JsonElement>("api/admin/retention");
        using var run = await _host.Admin.PostAsync("api/admin/retention/runs", null);
        var deleted = await run.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(
            [("DedupMarks", 7d), ("Transcripts", 180d), ("DirectLineLogs", 180d), ("Uploads", 30d), ("DeliveredOutbox", 30d), ("AuditLog", 1095d), ("UnansweredQuestions", 90d), ("PollBallots", 180d)],
            dryRun.EnumerateArray().Select(k => (k.GetProperty("kind").GetString()!, k.GetProperty("limitDays").GetDouble())));
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(8, deleted.GetArrayLength());
        Assert.All(deleted.EnumerateArray(), k => Assert.Equal(0, k.GetProperty("rows").GetInt64()));
    }

    [Fact]
    public async Task Retention_and_backup_are_on_Quartzs_schedule()
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var retention = await scheduler.GetTriggersOfJob(RetentionJob.Key);
        var backup = await scheduler.GetTriggersOfJob(BackupJob.Key);

        Assert.Equal("0 30 3 * * ?", Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(retention)).CronExpressionString);
        Assert.Equal("0 0 3 * * ?", Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(backup)).CronExpressionString);
    }
}
