using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

public sealed class NoticesApiTests
{
    [Fact]
    public async Task A_notice_for_now_reaches_every_member_once_and_the_report_says_so()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2", "u3");

        var id = await NoticeHost.CreateAsync(host, new { text = "周六9点瑜伽课取消", audience = new { all = true } });
        var received = await NoticeHost.ReceiveAsync(sink, 3);
        var report = await NoticeHost.SettledReportAsync(host, id);

        Assert.Equal(["conv-u1", "conv-u2", "conv-u3"], received.Select(r => r.Activity.Conversation!.Id!).Order());
        Assert.All(received, r => Assert.Equal("周六9点瑜伽课取消", r.Activity.Text));
        Assert.Equal(3, report.GetProperty("recipients").GetInt64());
        Assert.Equal(3, report.GetProperty("sent").GetInt64());
        Assert.Equal(0, report.GetProperty("failed").GetInt64());
        Assert.Equal(0, report.GetProperty("skipped").GetInt64());
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Create_returns_201_with_the_notice_and_an_empty_report()
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        var sendAt = DateTimeOffset.UtcNow.AddDays(2);

        var response = await host.Admin.PostAsJsonAsync("api/admin/notices", new { text = "周五联欢会", textEn = "Friday party", audience = new { members = new[] { "emulator/u9" } }, sendAt });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/admin/notices/{json.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("n_", json.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("scheduled", json.GetProperty("status").GetString());
        Assert.Equal("Friday party", json.GetProperty("textEn").GetString());
        var report = json.GetProperty("report");
        Assert.Equal(["failed", "pending", "recipients", "sent", "skipped", "waiting"], report.EnumerateObject().Select(p => p.Name).Order());
        var fetched = await NoticeHost.GetAsync(host, json.GetProperty("id").GetString()!);
        Assert.Equal(sendAt.ToUnixTimeMilliseconds(), fetched.GetProperty("sendAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Delete_cancels_a_notice_that_has_not_fired_and_it_never_goes_out()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1");
        // Ten seconds ahead: a loaded machine once took over two seconds between the create and the delete, and the
        // notice fired first. The quiet window below outlasts the send time.
        var id = await NoticeHost.CreateAsync(host, new { text = "稍后发送", audience = new { all = true }, sendAt = DateTimeOffset.UtcNow.AddSeconds(10) });

        var delete = await host.Admin.DeleteAsync($"api/admin/notices/{id}");
        var again = await host.Admin.DeleteAsync($"api/admin/notices/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("cancelled", (await NoticeHost.GetAsync(host, id)).GetProperty("status").GetString());
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(12)));
        Assert.Equal(0, host.Count("outbox"));
    }

    [Fact]
    public async Task A_recurring_notice_shows_its_next_Friday_09_00_and_can_be_cancelled()
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);

        var id = await NoticeHost.CreateAsync(host, new { text = "每周例会", audience = new { all = true }, cron = "every Friday 09:00" });
        var notice = await NoticeHost.GetAsync(host, id);

        Assert.Equal("0 0 9 ? * FRI", notice.GetProperty("cron").GetString());
        var next = notice.GetProperty("nextFireTimes")[0].GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8));
        Assert.Equal((DayOfWeek.Friday, 9, 0), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.Equal(HttpStatusCode.NoContent, (await host.Admin.DeleteAsync($"api/admin/notices/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"audience":{"all":true}}""", "text")]
    [InlineData("""{"text":"hi"}""", "audience")]
    [InlineData("""{"text":"hi","audience":{}}""", "audience")]
    [InlineData("""{"text":"hi","audience":{"all":true},"cron":"every Funday"}""", "cron")]
    [InlineData("""{"text":"hi","audience":{"all":true},"cron":"every Friday 09:00","sendAt":"2030-01-01T00:00:00Z"}""", "cron")]
    [InlineData("""{"text":"hi","audience":{"all":true},"sendAt":"2001-01-01T00:00:00Z"}""", "sendAt")]
    [InlineData("""{"text":"hi","audience":{"all":true},"sendAt":"tomorrow"}""", "sendAt")]
    [InlineData("""{"text":"hi","audience":{"members":["dl_A001"]}}""", "audience")]
    [InlineData("""{"text":"hi","audience":{"conversations":["/c1"]}}""", "audience")]
    public async Task Bad_input_gets_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);

        var response = await host.Admin.PostAsync("api/admin/notices", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, host.Count("notices"));
    }

    [Fact]
    public async Task Unknown_ids_are_404_and_the_list_shows_newest_first()
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        var later = DateTimeOffset.UtcNow.AddDays(1);
        var first = await NoticeHost.CreateAsync(host, new { text = "一", audience = new { all = true }, sendAt = later });
        var second = await NoticeHost.CreateAsync(host, new { text = "二", audience = new { all = true }, sendAt = later });

        var list = await host.Admin.GetFromJsonAsync<JsonElement>("api/admin/notices");

        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync("api/admin/notices/n_missing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.DeleteAsync("api/admin/notices/n_missing")).StatusCode);
        Assert.Equal([second, first], list.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Preview_counts_the_audience_without_storing_anything()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2");

        var response = await host.Admin.PostAsJsonAsync("api/admin/notices/preview", new { text = "预览", audience = new { all = true, members = new[] { "emulator/u1" } } });
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, preview.GetProperty("recipients").GetInt64());
        Assert.Equal(0, host.Count("notices"));
        Assert.Equal(0, host.Count("outbox"));
    }

    [Fact]
    public async Task Readyz_reports_the_scheduler()
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);

        using var health = await Readiness.UntilHealthyAsync(host.Http);
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }
}
