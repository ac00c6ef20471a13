using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Tests.Channels.WeCom.AiBot;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// Personal data of WeCom people: a bound userid's account, chat and robot replies are part of their member's export
/// and erasure; a WeCom user who is not on the roster (an account-only sender) is exported and erased by staff by
/// userid, the app chat and the group robot's replies alike, and nobody else's data goes with it.
/// </summary>
public sealed class WeComPrivacyTests
{
    [Fact]
    public async Task A_members_export_and_erasure_cover_their_bound_WeCom_account()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        await AiBotChainTests.BindAsync(wecom, "BJ-0911", "孙七", "sunqi");
        await AskAsync(wecom, "sunqi");

        var export = await GetJsonAsync(wecom.Host, "api/admin/members/BJ-0911/export", HttpStatusCode.OK);
        var data = export.GetProperty("data");
        Assert.Equal("sunqi", Assert.Single(data.GetProperty("channelBindings").EnumerateArray()).GetProperty("user_id").GetString());
        Assert.Contains(data.GetProperty("transcript").EnumerateArray(), r => r.GetProperty("conversation_key").GetString() == "wecom/sunqi");
        Assert.NotEmpty(data.GetProperty("wecomRobotReplies").EnumerateArray());

        using var erased = await wecom.Host.Admin.PostAsJsonAsync("api/admin/members/BJ-0911/erase", new { confirmMemberNumber = "BJ-0911" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(0, wecom.Host.Count("channel_member_bindings"));
        Assert.Equal(0, wecom.Host.Count("wecom_aibot_streams"));
        Assert.Equal(0, wecom.Host.Count("wecom_aibot_stream_parts"));
    }

    [Fact]
    public async Task Staff_export_and_erase_a_WeCom_user_who_is_not_on_the_roster_by_userid()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        await AskAsync(wecom, "wcOnly1");
        await AskAsync(wecom, "wcOther2");

        var export = await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom/wcOnly1/export", HttpStatusCode.OK);
        Assert.Equal("wecom/wcOnly1", export.GetProperty("memberNumber").GetString());
        Assert.NotEmpty(export.GetProperty("data").GetProperty("transcript").EnumerateArray());
        Assert.NotEmpty(export.GetProperty("data").GetProperty("wecomRobotReplies").EnumerateArray());
        Assert.DoesNotContain("wcOther2", export.GetRawText(), StringComparison.Ordinal);
        await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom/wcNeverSeen/export", HttpStatusCode.NotFound);

        var references = wecom.Host.Count("conversation_references");
        using (var unconfirmed = await wecom.Host.Admin.PostAsJsonAsync("api/admin/accounts/wecom/wcOnly1/erase", new { confirmUserId = "wcOther2" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        }

        Assert.Equal(2, wecom.Host.Count("wecom_aibot_streams"));
        using (var erased = await wecom.Host.Admin.PostAsJsonAsync("api/admin/accounts/wecom/wcOnly1/erase", new { confirmUserId = "wcOnly1" }))
        {
            Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
            Assert.True(BotHost.Json(await erased.Content.ReadAsStringAsync()).GetProperty("deleted").GetInt32() >= 3);
        }

        Assert.Equal(references - 1, wecom.Host.Count("conversation_references"));
        Assert.Equal(1, wecom.Host.Count("wecom_aibot_streams"));
        await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom/wcOnly1/export", HttpStatusCode.NotFound);
        var other = await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom/wcOther2/export", HttpStatusCode.OK);
        Assert.NotEmpty(other.GetProperty("data").GetProperty("wecomRobotReplies").EnumerateArray());
    }

    [Fact]
    public async Task A_bound_userid_is_exported_and_erased_through_its_member_only()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        await AiBotChainTests.BindAsync(wecom, "BJ-0912", "周八", "zhouba");
        await AskAsync(wecom, "zhouba");

        var conflict = await GetJsonAsync(wecom.Host, "api/admin/accounts/wecom/zhouba/export", HttpStatusCode.Conflict);
        Assert.Contains("BJ-0912", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var erase = await wecom.Host.Admin.PostAsJsonAsync("api/admin/accounts/wecom/zhouba/erase", new { confirmUserId = "zhouba" });
        Assert.Equal(HttpStatusCode.Conflict, erase.StatusCode);
        Assert.Equal(1, wecom.Host.Count("channel_member_bindings"));
    }

    /// <summary>"帮助" in the app's 1:1 chat (answered through message/send), then in a group through the robot.</summary>
    private static async Task AskAsync(WeComHost wecom, string userId)
    {
        using (var response = await wecom.Push.PostAsync(wecom.Push.TextXml(userId, "帮助")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Their answer: a user nobody binds is told how to bind first, and an earlier user's answer may still be on its way.
        System.Text.Json.Nodes.JsonObject answer;
        do
        {
            answer = await wecom.Stub.NextAsync();
        }
        while (answer["touser"]!.GetValue<string>() != userId || answer["text"]?["content"]?.GetValue<string>().Contains("绑定工会会员", StringComparison.Ordinal) == true);

        var push = new AiBotPush(wecom.Host.Http);
        Assert.False(string.IsNullOrWhiteSpace(await push.SayAsync(AiBotPush.GroupText(userId + "-help", userId, "@工会小助手 帮助"))));
    }

    private static async Task<JsonElement> GetJsonAsync(BotHost host, string path, HttpStatusCode status)
    {
        using var response = await host.Admin.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return BotHost.Json(body);
    }
}
