using System.Net;
using System.Net.Http.Json;
using EngageBot.Features.Tests.Channels.Tencent;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>Binding a WeCom userid to a roster member (获取访问用户身份), against the WeCom stub.</summary>
public sealed class WeComBindingTests
{
    private const string Prefix = "api/wecom/oauth";

    [Fact]
    public async Task A_bound_WeCom_user_signs_up_from_a_card_as_the_rostered_member()
    {
        await using var wecom = await WeComHost.StartAsync();
        var token = (await wecom.Host.SignInMemberAsync("BJ-0801", "王五")).GetProperty("sessionToken").GetString()!;
        using var browser = new BindingBrowser(wecom.Host);
        var authorize = await browser.StartAsync(Prefix);
        Assert.Equal(wecom.Stub.CorpId, authorize["appid"]);
        Assert.Equal(WeComApiStub.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture), authorize["agentid"]);
        Assert.Equal("snsapi_base", authorize["scope"]);
        using (var back = await browser.CallbackAsync(Prefix, wecom.Stub.Codes.Issue("wangwu"), authorize["state"]))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        using (var bound = await browser.PostAsync("api/members/channels/bind", token))
        {
            Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        }

        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = "绑定后的书法体验课",
            startsAt = DateTimeOffset.UtcNow.AddDays(3).ToString("o"),
            place = "职工之家",
            capacity = 10,
        });
        var activityId = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        await wecom.Push.PostAsync(wecom.Push.TextXml("wangwu", "近期活动"));
        var card = await WeComCardsInTests.NextCardAsync(wecom, activityId);
        await wecom.Push.PostAsync(WeComPush.CardEventXml("wangwu", card["template_card"]!["button_list"]![0]!["key"]!.GetValue<string>(),
            card["template_card"]!["task_id"]!.GetValue<string>()));
        Assert.Equal("wangwu", (await wecom.Stub.NextAsync())["touser"]!.GetValue<string>());

        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        Assert.Equal("dl_BJ-0801", Assert.Single(roster.GetProperty("confirmed").EnumerateArray()).GetProperty("memberId").GetString());
    }

    [Fact]
    public async Task A_visitor_outside_the_company_or_a_used_code_cannot_bind()
    {
        await using var wecom = await WeComHost.StartAsync();
        using var browser = new BindingBrowser(wecom.Host);
        var state = (await browser.StartAsync(Prefix))["state"]!;
        using (var outsider = await browser.CallbackAsync(Prefix, wecom.Stub.Codes.Issue("wx:oOutsider"), state))
        {
            Assert.Equal("not-in-company", await BindingBrowser.ProblemCodeAsync(outsider, HttpStatusCode.Forbidden));
        }

        var code = wecom.Stub.Codes.Issue("zhaoliu");
        wecom.Stub.Codes.Redeem(code);
        using (var used = await browser.CallbackAsync(Prefix, code, state))
        {
            Assert.Equal("invalid-code", await BindingBrowser.ProblemCodeAsync(used, HttpStatusCode.BadRequest));
        }

        Assert.Equal(0, wecom.Host.Count("channel_member_bindings"));
        Assert.Equal(1, wecom.Host.Count("channel_oauth_flows")); // the state, still unused
    }
}

/// <summary>Waits for the template card of one activity among the WeCom stub's messages.</summary>
internal static class WeComCardsInTests
{
    public static async Task<System.Text.Json.Nodes.JsonObject> NextCardAsync(WeComHost wecom, string activityId)
    {
        while (true)
        {
            var message = await wecom.Stub.NextAsync();
            if (message["msgtype"]?.GetValue<string>() == "template_card"
                && message["template_card"]!["button_list"]![0]!["key"]!.GetValue<string>().Contains(activityId, StringComparison.Ordinal))
            {
                return message;
            }
        }
    }
}
