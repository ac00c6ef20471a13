using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Tests.Channels.WeChat;
using EngageBot.Features.Tests.Channels.WeCom;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels;

/// <summary>One notice to everyone: a member on the web page (Direct Line), a 公众号 follower and a WeCom user each get it once, in one report.</summary>
public sealed class CrossChannelNoticeTests
{
    private const string Text = "本周六上午九点职工体检，请带好身份证";

    [Fact]
    public async Task A_notice_to_all_reaches_web_WeChat_and_WeCom_members_once_each_with_a_receipt_per_channel()
    {
        await using var wechatApi = await WeChatApiStub.StartAsync(TimeProvider.System);
        await using var wecomApi = await WeComApiStub.StartAsync(Tencent.OfficialVectors.WeComCorpId);
        var settings = DirectLineClient.Settings();
        foreach (var (key, value) in WeChatPush.Settings(wechatApi.BaseUrl.ToString()).Concat(WeComPush.Settings(wecomApi.BaseUrl.ToString())))
        {
            settings[key] = value;
        }

        settings["Scheduler:QuietHoursStart"] = "00:00:00";
        settings["Scheduler:QuietHoursEnd"] = "00:00:00";
        settings["Delivery:PollInterval"] = "00:00:00.100";
        await using var host = await BotHost.StartAsync(settings: settings);

        // Each member has talked to the bot once on their channel, so the service can reach them.
        var web = new DirectLineClient(host, DirectLineClient.Secret);
        var (conversationId, token, _) = await web.StartAsync("web_member_1", "王芳");
        (await web.PostAsync(conversationId, token, """{"type":"message","from":{"id":"web_member_1"},"text":"你好"}""")).EnsureSuccessStatusCode();
        var wechat = new WeChatPush(host.Http, wechatApi, TimeProvider.System);
        Assert.NotNull(await wechat.ReplyAsync(await wechat.PlainAsync(wechat.TextXml("o_everyone_1", "你好"))));
        (await new WeComPush(host.Http).PostAsync(new WeComPush(host.Http).TextXml("everyone_wecom_1", "你好"))).EnsureSuccessStatusCode();
        await WeChatLateReplyTests.UntilAsync(() => WeChatLateReplyTests.CountMessages(host.DatabasePath) == 0 && !wecomApi.Accepted.IsEmpty);
        var wecomBefore = wecomApi.Accepted.Count;

        var created = await host.Admin.PostAsJsonAsync("api/admin/notices", new { text = Text, audience = new { all = true } });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        var report = await host.SettledNoticeReportAsync(id, recipients: 3);

        Assert.Equal((3L, 3L, 0L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64(), report.GetProperty("failed").GetInt64()));
        var deliveries = BotHost.Json(await host.Admin.GetStringAsync(new Uri($"api/admin/notices/{id}/deliveries", UriKind.Relative)))
            .GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(
            ["engagebot/web_member_1", "wechat/o_everyone_1", "wecom/everyone_wecom_1"],
            deliveries.Select(d => d.GetProperty("member").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(deliveries, d => Assert.Equal("sent", d.GetProperty("status").GetString()));

        Assert.Single(wechatApi.Accepted, m => m["api"]!.GetValue<string>() == "custom" && WeChatApiStub.Text(m).Contains(Text, StringComparison.Ordinal));
        Assert.Single(wecomApi.Accepted.Skip(wecomBefore), m => m["text"]?["content"]?.GetValue<string>().Contains(Text, StringComparison.Ordinal) == true);
        var history = await web.GetActivitiesAsync(conversationId, token);
        Assert.Single(history.GetProperty("activities").EnumerateArray(),
            a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains(Text, StringComparison.Ordinal));
    }
}
