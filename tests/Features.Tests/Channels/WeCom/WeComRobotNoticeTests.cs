using System.Net;
using System.Net.Http.Json;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>Staff register a group robot in the console and send a notice to it: posted once as markdown, reported as sent.</summary>
public sealed class WeComRobotNoticeTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["WeCom:Robots:WebhookBaseUrl"] = "{stub}",
        ["Scheduler:QuietHoursStart"] = "00:00:00",
        ["Scheduler:QuietHoursEnd"] = "00:00:00",
        ["Delivery:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task A_notice_to_a_registered_robot_is_posted_into_its_group_once_and_an_unknown_robot_is_reported_failed()
    {
        await using var wecom = await WeComHost.StartAsync(settings: Settings);
        wecom.Stub.Robots["693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"] = new();
        var registered = await wecom.Host.Admin.PutAsJsonAsync(
            new Uri("api/admin/wecom/robots/一车间职工群", UriKind.Relative),
            new { webhookKey = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa" });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var listed = await wecom.Host.Admin.GetStringAsync(new Uri("api/admin/wecom/robots", UriKind.Relative));
        Assert.Contains("一车间职工群", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("693a91f6", listed, StringComparison.Ordinal);

        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/notices", new
        {
            text = "今晚七点职工之家有电影放映",
            audience = new { wecomRobots = new[] { "一车间职工群", "没有这个群" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        var report = await wecom.Host.SettledNoticeReportAsync(id, recipients: 2);

        Assert.Equal((2L, 1L, 1L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64(), report.GetProperty("failed").GetInt64()));
        var posted = Assert.Single(wecom.Stub.RobotMessages);
        Assert.Equal("markdown", posted["msgtype"]!.GetValue<string>());
        Assert.Contains("今晚七点职工之家有电影放映", posted["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var deliveries = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/notices/{id}/deliveries?status=sent", UriKind.Relative)));
        Assert.Equal("wecom-robot/一车间职工群", Assert.Single(deliveries.GetProperty("deliveries").EnumerateArray()).GetProperty("member").GetString());
    }

    [Fact]
    public async Task Registering_a_robot_without_a_usable_key_is_refused_and_stores_nothing()
    {
        await using var wecom = await WeComHost.StartAsync(settings: Settings);

        var noKey = await wecom.Host.Admin.PutAsJsonAsync(new Uri("api/admin/wecom/robots/二车间", UriKind.Relative), new { webhookKey = "https://example.cn/no-key-here" });
        var badKey = await wecom.Host.Admin.PutAsJsonAsync(new Uri("api/admin/wecom/robots/二车间", UriKind.Relative), new { webhookKey = "key with spaces" });
        var missing = await wecom.Host.Admin.DeleteAsync(new Uri("api/admin/wecom/robots/二车间", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("webhookKey", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, wecom.Host.Count("wecom_robots"));
    }
}
