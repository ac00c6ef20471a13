using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// A robot user who is not bound to a rostered member may ask (help, questions) as their bare account, and is told
/// how to bind before any action (报名, 我的报名, 接龙), in a group or 1:1, which then changes nothing. Their data, and a
/// bound member's robot chats, are exported and erased with the account or the member: the robot's 1:1 chat
/// (<c>wecom-aibot/{userid}</c>) is the same person's as the app's.
/// </summary>
public sealed class AiBotUnboundTests
{
    private const string Robot = "@工会小助手 ";

    [Fact]
    public async Task An_unbound_user_gets_answers_but_is_asked_to_bind_before_any_action()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var push = new AiBotPush(wecom.Host.Http);

        var help = await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "visitor", Robot + "帮助"));
        Assert.False(string.IsNullOrWhiteSpace(help));
        Assert.DoesNotContain("绑定您的企业微信账号", help, StringComparison.Ordinal);

        var signUp = await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "visitor", Robot + "报名周六的羽毛球"));
        Assert.StartsWith("报名、取消和签到前，请先绑定您的企业微信账号", signUp, StringComparison.Ordinal);
        var mine = await push.SayAsync(AiBotPush.SingleText(push.NewMsgId(), "visitor", "我的报名"));
        Assert.StartsWith("报名、取消和签到前，请先绑定您的企业微信账号", mine, StringComparison.Ordinal);
        Assert.Equal(1, wecom.Host.Count("wecom_aibot_streams")); // the help's only: the others ran no turn
    }

    [Fact]
    public async Task A_member_bound_through_the_robot_takes_their_robot_chat_with_them_on_export_and_erasure()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var push = new AiBotPush(wecom.Host.Http);
        await AiBotChainTests.BindAsync(wecom, "BJ-0921", "吴九", "wujiu");
        Assert.False(string.IsNullOrWhiteSpace(await push.SayAsync(AiBotPush.SingleText(push.NewMsgId(), "wujiu", "帮助"))));

        var export = await GetJsonAsync(wecom.Host, "api/admin/members/BJ-0921/export", HttpStatusCode.OK);
        Assert.Contains(export.GetProperty("data").GetProperty("transcript").EnumerateArray(), r => r.GetProperty("conversation_key").GetString() == "wecom-aibot/wujiu");
        Assert.NotEmpty(export.GetProperty("data").GetProperty("wecomRobotReplies").EnumerateArray());
        await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom-aibot/wujiu/export", HttpStatusCode.Conflict); // bound: the member's

        using var erased = await wecom.Host.Admin.PostAsJsonAsync("api/admin/members/BJ-0921/erase", new { confirmMemberNumber = "BJ-0921" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(0, wecom.Host.Count("transcript"));
        Assert.Equal(0, wecom.Host.Count("wecom_aibot_streams"));
    }

    [Fact]
    public async Task Staff_export_and_erase_a_robot_only_user_by_their_wecom_aibot_account()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var push = new AiBotPush(wecom.Host.Http);
        Assert.False(string.IsNullOrWhiteSpace(await push.SayAsync(AiBotPush.SingleText(push.NewMsgId(), "robotOnly", "帮助"))));
        Assert.False(string.IsNullOrWhiteSpace(await push.SayAsync(AiBotPush.SingleText(push.NewMsgId(), "someoneElse", "帮助"))));

        var export = await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom-aibot/robotOnly/export", HttpStatusCode.OK);
        Assert.Contains(export.GetProperty("data").GetProperty("transcript").EnumerateArray(), r => r.GetProperty("conversation_key").GetString() == "wecom-aibot/robotOnly");
        Assert.DoesNotContain("someoneElse", export.GetRawText(), StringComparison.Ordinal);

        using var erased = await wecom.Host.Admin.PostAsJsonAsync("api/admin/accounts/wecom-aibot/robotOnly/erase", new { confirmUserId = "robotOnly" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom-aibot/robotOnly/export", HttpStatusCode.NotFound);
        await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom-aibot/someoneElse/export", HttpStatusCode.OK);
        Assert.Equal(1, wecom.Host.Count("wecom_aibot_streams"));
    }

    private static async Task<JsonElement> GetJsonAsync(BotHost host, string path, HttpStatusCode status)
    {
        using var response = await host.Admin.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return BotHost.Json(body);
    }
}
