using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>The per-recipient delivery report: who got the notice, when, and why not, a page at a time.</summary>
public sealed class NoticeDeliveriesTests
{
    [Fact]
    public async Task Deliveries_list_each_recipient_by_status_in_pages_and_bad_queries_get_400()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1", "u2", "u3");
        var id = await NoticeHost.CreateAsync(host, new { text = "周六9点瑜伽课取消", audience = new { all = true, members = new[] { "emulator/ghost" } } });
        await NoticeHost.ReceiveAsync(sink, 3);
        await NoticeHost.SettledReportAsync(host, id, recipients: 4); // the three sent and the unreachable ghost

        var all = await PageAsync(host, $"api/admin/notices/{id}/deliveries");
        Assert.Equal(4, all.GetProperty("deliveries").GetArrayLength());
        var failed = Assert.Single((await PageAsync(host, $"api/admin/notices/{id}/deliveries?status=failed")).GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("emulator/ghost", "failed", "unreachable"), (failed.GetProperty("member").GetString(), failed.GetProperty("status").GetString(), failed.GetProperty("reason").GetString()));

        var first = await PageAsync(host, $"api/admin/notices/{id}/deliveries?status=sent&limit=2");
        var next = first.GetProperty("next").GetInt64();
        var second = await PageAsync(host, $"api/admin/notices/{id}/deliveries?status=sent&limit=2&after={next}");
        var sent = first.GetProperty("deliveries").EnumerateArray().Concat(second.GetProperty("deliveries").EnumerateArray()).ToList();
        Assert.Equal(["emulator/u1", "emulator/u2", "emulator/u3"], sent.Select(d => d.GetProperty("member").GetString()!).Order());
        Assert.All(sent, d => Assert.Equal(1, d.GetProperty("attempts").GetInt32()));
        Assert.False(second.TryGetProperty("next", out _)); // the last page has no next
        Assert.Empty((await PageAsync(host, $"api/admin/notices/{id}/deliveries?status=skipped")).GetProperty("deliveries").EnumerateArray());

        Assert.Equal(HttpStatusCode.BadRequest, (await host.Admin.GetAsync($"api/admin/notices/{id}/deliveries?status=Sent")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Admin.GetAsync($"api/admin/notices/{id}/deliveries?status=lost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Admin.GetAsync($"api/admin/notices/{id}/deliveries?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Admin.GetAsync($"api/admin/notices/{id}/deliveries?after=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync("api/admin/notices/nope/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync($"api/admin/notices/{id}/deliveries")).StatusCode);
    }

    private static async Task<JsonElement> PageAsync(BotHost host, string path)
    {
        using var response = await host.Admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
