using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>The receipts endpoints refuse callers without staff credentials, and bad input gets a 4xx that changes nothing.</summary>
public sealed class ReceiptsApiTests
{
    [Fact]
    public async Task Receipts_endpoints_refuse_anonymous_callers()
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        var id = await NoticeHost.CreateAsync(host, new { text = "通知", askReceipt = true, audience = new { members = new[] { "emulator/u1" } } });

        using var list = await host.Http.GetAsync($"api/admin/notices/{id}/receipts");
        using var csv = await host.Http.GetAsync($"api/admin/notices/{id}/receipts.csv");
        using var remind = await host.Http.PostAsync($"api/admin/notices/{id}/receipts/remind", null);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { list.StatusCode, csv.StatusCode, remind.StatusCode });
        Assert.Equal(1L, host.Count("notices"));
    }

    [Fact]
    public async Task Unknown_notices_notices_without_receipts_and_bad_filters_get_a_4xx_and_no_reminder_is_created()
    {
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        var plain = await NoticeHost.CreateAsync(host, new { text = "普通通知", audience = new { members = new[] { "emulator/u1" } } });
        var asking = await NoticeHost.CreateAsync(host, new { text = "请确认", askReceipt = true, audience = new { members = new[] { "emulator/u1" } } });

        using var unknown = await host.Admin.GetAsync("api/admin/notices/n_nope/receipts");
        using var unknownRemind = await host.Admin.PostAsync("api/admin/notices/n_nope/receipts/remind", null);
        using var notAsking = await host.Admin.PostAsync($"api/admin/notices/{plain}/receipts/remind", null);
        using var badState = await host.Admin.GetAsync($"api/admin/notices/{asking}/receipts?state=read");
        using var badLimit = await host.Admin.GetAsync($"api/admin/notices/{asking}/receipts?limit=0");
        using var recurring = await host.Admin.PostAsJsonAsync("api/admin/notices", new { text = "每周", askReceipt = true, cron = "every Friday 09:00", audience = new { all = true } });
        using var remindWithout = await host.Admin.PostAsJsonAsync("api/admin/notices", new { text = "x", remindAfterHours = 2, audience = new { all = true } });
        using var remindTooLate = await host.Admin.PostAsJsonAsync("api/admin/notices", new { text = "x", askReceipt = true, remindAfterHours = 1000, audience = new { all = true } });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownRemind.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notAsking.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.True((await recurring.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("askReceipt", out _));
        Assert.True((await remindWithout.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("remindAfterHours", out _));
        Assert.Equal(HttpStatusCode.BadRequest, remindTooLate.StatusCode);
        Assert.Equal(2L, host.Count("notices"));
    }
}
