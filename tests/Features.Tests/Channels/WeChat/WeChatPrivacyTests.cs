using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Personal data of WeChat people: a bound follower's account, chat and kept passive replies are part of their
/// member's export and erasure; a follower who is not on the roster is exported and erased by openid, follow state
/// included.
/// </summary>
public sealed class WeChatPrivacyTests
{
    [Fact]
    public async Task A_members_export_and_erasure_cover_their_bound_WeChat_account()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var token = (await wechat.Host.SignInMemberAsync("BJ-0901", "赵敏")).GetProperty("sessionToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await WeChatBindingTests.BindAsync(wechat, "oPriv901", token));
        await AskAsync(wechat, "oPriv901");

        var export = await GetJsonAsync(wechat.Host, "api/admin/members/BJ-0901/export", HttpStatusCode.OK);
        var data = export.GetProperty("data");
        Assert.Equal("oPriv901", Assert.Single(data.GetProperty("channelBindings").EnumerateArray()).GetProperty("user_id").GetString());
        Assert.Equal("oPriv901", Assert.Single(data.GetProperty("wechatPassiveReplies").EnumerateArray()).GetProperty("open_id").GetString());
        Assert.Contains(data.GetProperty("transcript").EnumerateArray(), r => r.GetProperty("conversation_key").GetString() == "wechat/oPriv901");

        using var erased = await wechat.Host.Admin.PostAsJsonAsync("api/admin/members/BJ-0901/erase", new { confirmMemberNumber = "BJ-0901" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(0, wechat.Host.Count("channel_member_bindings"));
        Assert.Equal(0, wechat.Host.Count("wechat_passive_replies"));
        Assert.Equal(0, wechat.Host.Count("transcript"));
        Assert.Equal(0, wechat.Host.Count("conversation_references"));
    }

    [Fact]
    public async Task Staff_export_and_erase_a_follower_who_is_not_on_the_roster_by_openid()
    {
        await using var wechat = await WeChatHost.StartAsync();
        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oOnly1", "subscribe"))));
        Assert.NotNull(await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.EventXml("oOther2", "subscribe"))));
        await AskAsync(wechat, "oOnly1");
        await AskAsync(wechat, "oOther2");

        var export = await GetJsonAsync(wechat.Host, "api/admin/accounts/wechat/oOnly1/export", HttpStatusCode.OK);
        Assert.Equal("wechat/oOnly1", export.GetProperty("memberNumber").GetString());
        Assert.NotEmpty(export.GetProperty("data").GetProperty("transcript").EnumerateArray());
        Assert.Equal(2, export.GetProperty("data").GetProperty("wechatPassiveReplies").GetArrayLength()); // the welcome and the answer
        Assert.Equal("oOnly1", Assert.Single(export.GetProperty("data").GetProperty("wechatFollowState").EnumerateArray()).GetProperty("open_id").GetString());
        Assert.DoesNotContain("oOther2", export.GetRawText(), StringComparison.Ordinal);
        await GetJsonAsync(wechat.Host, "api/admin/accounts/wechat/oNeverSeen/export", HttpStatusCode.NotFound);
        await GetJsonAsync(wechat.Host, "api/admin/accounts/sms/oOnly1/export", HttpStatusCode.BadRequest);

        var references = wechat.Host.Count("conversation_references");
        using (var unconfirmed = await wechat.Host.Admin.PostAsJsonAsync("api/admin/accounts/wechat/oOnly1/erase", new { confirmUserId = "oOther2" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        }

        Assert.Equal(references, wechat.Host.Count("conversation_references"));
        using (var erased = await wechat.Host.Admin.PostAsJsonAsync("api/admin/accounts/wechat/oOnly1/erase", new { confirmUserId = "oOnly1" }))
        {
            Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
            Assert.True(BotHost.Json(await erased.Content.ReadAsStringAsync()).GetProperty("deleted").GetInt32() >= 3);
        }

        Assert.Equal(references - 1, wechat.Host.Count("conversation_references"));
        Assert.Equal(2, wechat.Host.Count("wechat_passive_replies"));
        Assert.Equal(1, wechat.Host.Count("wechat_follow_state"));
        await GetJsonAsync(wechat.Host, "api/admin/accounts/wechat/oOnly1/export", HttpStatusCode.NotFound);
        await GetJsonAsync(wechat.Host, "api/admin/accounts/wechat/oOther2/export", HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bound_openid_is_exported_through_its_member()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var token = (await wechat.Host.SignInMemberAsync("BJ-0902", "周芷若")).GetProperty("sessionToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await WeChatBindingTests.BindAsync(wechat, "oPriv902", token));
        await AskAsync(wechat, "oPriv902");

        var conflict = await GetJsonAsync(wechat.Host, "api/admin/accounts/wechat/oPriv902/export", HttpStatusCode.Conflict);
        Assert.Contains("BJ-0902", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var erase = await wechat.Host.Admin.PostAsJsonAsync("api/admin/accounts/wechat/oPriv902/erase", new { confirmUserId = "oPriv902" });
        Assert.Equal(HttpStatusCode.Conflict, erase.StatusCode);
        Assert.Equal(1, wechat.Host.Count("channel_member_bindings"));
    }

    private static async Task AskAsync(WeChatHost wechat, string openId)
    {
        using var response = await wechat.Push.PlainAsync(wechat.Push.TextXml(openId, "帮助"));
        Assert.NotNull(await wechat.Push.ReplyAsync(response));
    }

    private static async Task<JsonElement> GetJsonAsync(BotHost host, string path, HttpStatusCode status)
    {
        using var response = await host.Admin.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return BotHost.Json(body);
    }
}
