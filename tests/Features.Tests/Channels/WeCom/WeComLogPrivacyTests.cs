using System.Net.Http.Json;
using EngageBot.Features.Tests.Channels.WeChat;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static EngageBot.Features.Tests.Channels.Tencent.OfficialVectors;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// Everything the WeCom channel does, with every log line captured at Debug: an automatic binding by mobile, a
/// message and its replies, an expired token, a recipient who left, a robot notice. No line (message, its values,
/// scopes or exception) holds a userid, the Secret, the callback keys, a token, the mobile, a robot key or a text.
/// </summary>
public sealed class WeComLogPrivacyTests
{
    private const string Writer = "privacy_user_77";
    private const string Leaver = "left_user_88";
    private const string Mobile = "13811112222";
    private const string MessageText = "我的身份证号是110101199001011234请帮我报名";
    private const string NoticeText = "日志检查专用通知正文";
    private const string RobotWebhookKey = "robot-key-logcheck-9f3a";

    [Fact]
    public async Task No_log_line_holds_a_userid_secret_token_mobile_robot_key_or_message_text()
    {
        var logs = new LogCapture();
        await using var wecom = await WeComHost.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs), settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:System.Net.Http"] = "Trace",
            ["WeCom:Robots:WebhookBaseUrl"] = "{stub}",
            ["Scheduler:QuietHoursStart"] = "00:00:00",
            ["Scheduler:QuietHoursEnd"] = "00:00:00",
            ["Delivery:PollInterval"] = "00:00:00.100",
        });
        using (var content = new StringContent($"会员号,姓名,手机号,工会\nBJ-7001,钱七,{Mobile},测试区总工会/一厂\n", System.Text.Encoding.UTF8, "text/csv"))
        {
            (await wecom.Host.Admin.PostAsync(new Uri("api/admin/members/import", UriKind.Relative), content)).EnsureSuccessStatusCode();
        }

        wecom.Stub.Members[Writer] = Mobile;
        await WeComAutoBindingTests.PostAsync(wecom, Writer, MessageText);
        await WeChatLateReplyTests.UntilAsync(() => wecom.Stub.Accepted.Any(m => m["touser"]!.GetValue<string>() == Writer));
        wecom.Stub.ExpireTokens();
        await WeComAutoBindingTests.PostAsync(wecom, Leaver, "你好");
        await WeChatLateReplyTests.UntilAsync(() => wecom.Stub.TokensIssued == 2 && WeChatLateReplyTests.CountMessages(wecom.Host.DatabasePath) == 0);
        wecom.Stub.InvalidUsers[Leaver] = 0;
        wecom.Stub.Robots[RobotWebhookKey] = new();
        (await wecom.Host.Admin.PutAsJsonAsync(new Uri("api/admin/wecom/robots/日志检查群", UriKind.Relative), new { webhookKey = RobotWebhookKey })).EnsureSuccessStatusCode();
        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/notices", new { text = NoticeText, audience = new { all = true, wecomRobots = new[] { "日志检查群" } } });
        var id = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        var report = await wecom.Host.SettledNoticeReportAsync(id, recipients: 3);

        Assert.Equal(1L, report.GetProperty("failed").GetInt64()); // the leaver: the paths that log failures ran too
        Assert.NotEmpty(wecom.Stub.RobotMessages);
        Assert.True(logs.Entries.Count > 20, "the capture saw the service's logs");
        string[] secrets = [Writer, Leaver, WeComApiStub.Secret, WeComAesKey, "wecom-token-", Mobile, "1381111", MessageText, "110101199001011234", NoticeText, RobotWebhookKey];
        foreach (var secret in secrets)
        {
            Assert.True(!logs.Lines.Any(l => l.Contains(secret, StringComparison.Ordinal)),
                $"a log line holds {secret}: {logs.Lines.FirstOrDefault(l => l.Contains(secret, StringComparison.Ordinal))}");
        }
    }
}
