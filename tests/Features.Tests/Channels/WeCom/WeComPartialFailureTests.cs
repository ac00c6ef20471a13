using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.WeCom;
using EngageBot.Features.Tests.Channels.WeChat;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// message/send names recipients it could not reach in <c>invaliduser</c> (left the company, outside the app's range):
/// that recipient's delivery fails for good and its row says why; the others are sent once.
/// </summary>
public sealed class WeComPartialFailureTests
{
    private const string Text = "下周一起工会会费调整，请知悉";

    [Fact]
    public async Task A_notice_to_WeCom_users_reports_the_one_who_left_as_failed_invaliduser_and_sends_the_others_once()
    {
        await using var wecom = await WeComHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Scheduler:QuietHoursStart"] = "00:00:00",
            ["Scheduler:QuietHoursEnd"] = "00:00:00",
            ["Delivery:PollInterval"] = "00:00:00.100",
        });
        foreach (var user in new[] { "stays_1", "stays_2", "leaves_3" })
        {
            (await wecom.Push.PostAsync(wecom.Push.TextXml(user, "你好"))).EnsureSuccessStatusCode();
        }

        // Each wrote once, so the service can reach them; then one leaves the company.
        await WeChatLateReplyTests.UntilAsync(() => wecom.Host.Count("conversation_references") >= 3 && WeChatLateReplyTests.CountMessages(wecom.Host.DatabasePath) == 0);
        wecom.Stub.InvalidUsers["leaves_3"] = 0;
        var before = wecom.Stub.Accepted.Count;

        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/notices", new { text = Text, audience = new { all = true } });
        var id = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        var report = await wecom.Host.SettledNoticeReportAsync(id, recipients: 3);

        Assert.Equal((3L, 2L, 1L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64(), report.GetProperty("failed").GetInt64()));
        var failed = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/notices/{id}/deliveries?status=failed", UriKind.Relative)));
        var row = Assert.Single(failed.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("wecom/leaves_3", "wecom_invaliduser", 1), (row.GetProperty("member").GetString(), row.GetProperty("reason").GetString(), row.GetProperty("attempts").GetInt32()));
        var sent = wecom.Stub.Accepted.Skip(before).Where(m => m["text"]?["content"]?.GetValue<string>().Contains(Text, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["stays_1", "stays_2"], sent.Select(m => m["touser"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_recipient_WeCom_lists_as_invaliduser_fails_for_good_whether_the_call_failed_or_not(bool answeredOk)
    {
        await using var wecom = await WeComHost.StartAsync();
        var api = wecom.Host.Services.GetRequiredService<WeComApiClient>();
        wecom.Stub.InvalidUsers["gone"] = 0;
        wecom.Stub.ListInvalidWithErrcode0 = answeredOk; // WeCom's answer when others of the same call were reached
        var text = new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = "x" } };

        var failed = await Assert.ThrowsAsync<TencentApiException>(() => api.SendAsync("gone", text, CancellationToken.None));
        await api.SendAsync("here", text, CancellationToken.None);

        Assert.Equal("wecom_invaliduser", failed.Data["Reason"]);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, failed.StatusCode); // not retried
        Assert.Equal(["here"], wecom.Stub.Accepted.Where(m => m["touser"]!.GetValue<string>() != "gone").Select(m => m["touser"]!.GetValue<string>()));
    }
}
