using System.Net;
using System.Net.Http.Json;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Features.Tests.Channels.Tencent;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Binding a 公众号 follower to a roster member through web authorisation (snsapi_base), on the real service with the
/// WeChat stub playing api.weixin.qq.com and its authorize page.
/// </summary>
public sealed class WeChatBindingTests
{
    private const string Prefix = "api/wechat/oauth";

    [Fact]
    public async Task A_follower_binds_after_one_sign_in_then_acts_as_the_member_and_signs_in_without_a_code()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var host = wechat.Host;
        var activityId = await SeedSignUpAsync(host, "BJ-0701", "李华");
        Assert.DoesNotContain("绑定测试讲座", await MySignUpsAsync(wechat, "oFollower701"));

        using var browser = new BindingBrowser(host);
        var authorize = await browser.StartAsync(Prefix);
        Assert.Equal(WeChatApiStub.AppId, authorize["appid"]);
        Assert.Equal("snsapi_base", authorize["scope"]);
        Assert.Equal("code", authorize["response_type"]);
        Assert.EndsWith("/api/wechat/oauth/callback", authorize["redirect_uri"], StringComparison.Ordinal);

        using (var back = await browser.CallbackAsync(Prefix, wechat.Stub.Codes.Issue("oFollower701"), authorize["state"]))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
            Assert.EndsWith("/#bind=wechat", back.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using (var notYet = await browser.PostAsync("api/members/channels/session"))
        {
            Assert.Equal("not-bound", await BindingBrowser.ProblemCodeAsync(notYet, HttpStatusCode.NotFound));
        }

        var token = (await host.SignInMemberAsync("BJ-0701", "李华")).GetProperty("sessionToken").GetString()!;
        using (var bound = await browser.PostAsync("api/members/channels/bind", token))
        {
            Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        }

        // The follower's messages are now the member's: 我的报名 on WeChat lists the sign-up made for the member.
        Assert.Contains("绑定测试讲座", await MySignUpsAsync(wechat, "oFollower701"));
        Assert.Equal(1, host.Count("channel_member_bindings"));

        // Next time: the menu link signs them in without a code.
        var again = await browser.StartAsync(Prefix);
        using (var back = await browser.CallbackAsync(Prefix, wechat.Stub.Codes.Issue("oFollower701"), again["state"]))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        using var session = await browser.PostAsync("api/members/channels/session");
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var opened = BotHost.Json(await session.Content.ReadAsStringAsync());
        Assert.Equal("dl_BJ-0701", opened.GetProperty("userId").GetString());
        using (var listed = await browser.SendAsync(HttpMethod.Get, "api/members/channels", opened.GetProperty("sessionToken").GetString()))
        {
            var accounts = BotHost.Json(await listed.Content.ReadAsStringAsync());
            Assert.Equal("wechat", Assert.Single(accounts.EnumerateArray()).GetProperty("channel").GetString());
            Assert.DoesNotContain("oFollower701", accounts.GetRawText(), StringComparison.Ordinal);
        }

        // Unbinding from the page: the follower writes as themselves again.
        using (var unbound = await browser.SendAsync(HttpMethod.Delete, "api/members/channels/wechat", token))
        {
            Assert.Equal(HttpStatusCode.NoContent, unbound.StatusCode);
        }

        Assert.Equal(0, host.Count("channel_member_bindings"));
        Assert.DoesNotContain("绑定测试讲座", await MySignUpsAsync(wechat, "oFollower701"));
        Assert.NotNull(activityId);
    }

    [Fact]
    public async Task Missing_forged_foreign_or_replayed_states_and_bad_codes_get_4xx_and_store_nothing()
    {
        await using var wechat = await WeChatHost.StartAsync();
        using var browser = new BindingBrowser(wechat.Host);
        var state = (await browser.StartAsync(Prefix))["state"]!;

        async Task<string?> CallbackAsync(BindingBrowser who, string? code, string? withState, HttpStatusCode status)
        {
            using var response = await who.CallbackAsync(Prefix, code, withState);
            return await BindingBrowser.ProblemCodeAsync(response, status);
        }

        Assert.Equal("missing-code", await CallbackAsync(browser, null, state, HttpStatusCode.BadRequest));
        Assert.Equal("missing-code", await CallbackAsync(browser, wechat.Stub.Codes.Issue("oX"), null, HttpStatusCode.BadRequest));
        // Another browser (the login-CSRF attack: someone else's code and state sent to a victim) has no state cookie.
        using (var victim = new BindingBrowser(wechat.Host))
        {
            Assert.Equal("state-mismatch", await CallbackAsync(victim, wechat.Stub.Codes.Issue("oAttacker"), state, HttpStatusCode.Forbidden));
        }

        // A forged state the service never issued, with a cookie to match it.
        browser.Cookies.Add(new Cookie("eb_oauth_wechat", "forged-state", "/api/wechat/oauth", wechat.Host.BaseAddress.Host));
        Assert.Equal("state-expired", await CallbackAsync(browser, wechat.Stub.Codes.Issue("oX"), "forged-state", HttpStatusCode.BadRequest));

        // An invalid code (40029) and a used one (40163): 400, and the state stays usable for a good code.
        state = (await browser.StartAsync(Prefix))["state"]!;
        Assert.Equal("invalid-code", await CallbackAsync(browser, "never-issued", state, HttpStatusCode.BadRequest));
        var used = wechat.Stub.Codes.Issue("oX");
        Assert.Equal(0, wechat.Stub.Codes.Redeem(used).ErrorCode);
        Assert.Equal("invalid-code", await CallbackAsync(browser, used, state, HttpStatusCode.BadRequest));
        var expired = wechat.Stub.Codes.Issue("oX");
        wechat.Stub.Codes.ExpireAll();
        Assert.Equal("invalid-code", await CallbackAsync(browser, expired, state, HttpStatusCode.BadRequest));

        using (var good = await browser.CallbackAsync(Prefix, wechat.Stub.Codes.Issue("oX"), state))
        {
            Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        }

        // The same state again, even with its cookie put back: used once already.
        browser.Cookies.Add(new Cookie("eb_oauth_wechat", state, "/api/wechat/oauth", wechat.Host.BaseAddress.Host));
        Assert.Equal("state-expired", await CallbackAsync(browser, wechat.Stub.Codes.Issue("oX"), state, HttpStatusCode.BadRequest));

        // Binding needs a session; without the ticket cookie there is nothing to bind.
        using (var anonymous = await browser.PostAsync("api/members/channels/bind"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        var token = (await wechat.Host.SignInMemberAsync("BJ-0702", "王芳")).GetProperty("sessionToken").GetString()!;
        using (var elsewhere = new BindingBrowser(wechat.Host))
        using (var noTicket = await elsewhere.PostAsync("api/members/channels/bind", token))
        {
            Assert.Equal("no-ticket", await BindingBrowser.ProblemCodeAsync(noTicket, HttpStatusCode.BadRequest));
        }

        Assert.Equal(0, wechat.Host.Count("channel_member_bindings"));
    }

    [Fact]
    public async Task Nobody_can_bind_an_openid_that_is_bound_to_someone_else()
    {
        await using var wechat = await WeChatHost.StartAsync();
        var first = (await wechat.Host.SignInMemberAsync("BJ-0711", "张三")).GetProperty("sessionToken").GetString()!;
        var second = (await wechat.Host.SignInMemberAsync("BJ-0712", "李四")).GetProperty("sessionToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await BindAsync(wechat, "oShared", first));

        using var browser = new BindingBrowser(wechat.Host);
        var state = (await browser.StartAsync(Prefix))["state"]!;
        (await browser.CallbackAsync(Prefix, wechat.Stub.Codes.Issue("oShared"), state)).Dispose();
        using var refused = await browser.PostAsync("api/members/channels/bind", second);

        Assert.Equal("bound-to-other", await BindingBrowser.ProblemCodeAsync(refused, HttpStatusCode.Conflict));
        var store = wechat.Host.Services.GetRequiredService<EngageBot.Features.Channels.Tencent.Binding.ChannelBindingStore>();
        Assert.Equal("BJ-0711", await store.FindMemberAsync(EngageBot.Features.Channels.Tencent.Binding.BindingChannel.WeChat, "oShared", CancellationToken.None));
        // The ticket was used up by the refused attempt: replaying it changes nothing either.
        using var replay = await browser.PostAsync("api/members/channels/bind", second);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    /// <summary>The whole flow for <paramref name="openId"/> in a fresh browser, ending with the bind call's status.</summary>
    internal static async Task<HttpStatusCode> BindAsync(WeChatHost wechat, string openId, string sessionToken)
    {
        using var browser = new BindingBrowser(wechat.Host);
        var state = (await browser.StartAsync(Prefix))["state"]!;
        (await browser.CallbackAsync(Prefix, wechat.Stub.Codes.Issue(openId), state)).Dispose();
        using var bound = await browser.PostAsync("api/members/channels/bind", sessionToken);
        return bound.StatusCode;
    }

    private static async Task<string> SeedSignUpAsync(BotHost host, string memberNumber, string name)
    {
        await host.SeedMemberAsync(memberNumber, name);
        using var created = await host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = "公众号绑定测试讲座",
            startsAt = DateTimeOffset.UtcNow.AddDays(5).ToString("o"),
            place = "职工之家",
            capacity = 20,
        });
        created.EnsureSuccessStatusCode();
        var activityId = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SignUpRequest(activityId, new MemberKey("engagebot", "dl_" + memberNumber), name, "zh", null, "seed-" + memberNumber), CancellationToken.None);
        return activityId;
    }

    private static async Task<string> MySignUpsAsync(WeChatHost wechat, string openId)
    {
        using var response = await wechat.Push.PlainAsync(wechat.Push.TextXml(openId, "我的报名"));
        return (await wechat.Push.ReplyAsync(response))?["Content"] ?? string.Empty;
    }
}
