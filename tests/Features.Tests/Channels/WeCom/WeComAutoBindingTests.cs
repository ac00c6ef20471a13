using System.Net;
using System.Text;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Tests.Channels.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// A WeCom app user who writes for the first time is bound to the roster member the roster names: by the 企业微信账号
/// column, or by the mobile WeCom's 读取成员 gives (when the app may see it). Nobody named, or two members named: not bound.
/// </summary>
public sealed class WeComAutoBindingTests
{
    private const string Roster =
        """
        会员号,姓名,手机号,工会,企业微信账号
        BJ-2001,李雷,13800002001,测试区总工会/一厂,lilei
        BJ-2002,韩梅梅,13800002002,测试区总工会/一厂,
        BJ-2003,张三,13800002003,测试区总工会/二厂,
        BJ-2004,张三丰,13800002003,测试区总工会/二厂,
        """;

    [Fact]
    public async Task A_user_the_roster_names_by_WeCom_userid_is_bound_on_their_first_message_even_without_a_mobile()
    {
        await using var wecom = await StartAsync();
        wecom.Stub.MobileVisible = false; // as for any app created after 2022-06-20
        wecom.Stub.Members["lilei"] = "13899990000";

        await PostAsync(wecom, "lilei", "我的报名");
        await PostAsync(wecom, "lilei", "近期活动");

        Assert.Equal("BJ-2001", await MemberOfAsync(wecom, "lilei"));
        Assert.Equal(1, wecom.Stub.UserLookups); // the first message only
    }

    [Fact]
    public async Task A_user_whose_WeCom_mobile_is_one_members_phone_is_bound_and_a_shared_or_hidden_mobile_binds_nobody()
    {
        await using var wecom = await StartAsync();
        wecom.Stub.Members["hanmm"] = "+86 138-0000-2002";
        wecom.Stub.Members["zhangsan"] = "13800002003"; // two members have it on the roster
        wecom.Stub.Members["stranger"] = "13700000000";

        await PostAsync(wecom, "hanmm", "你好");
        await PostAsync(wecom, "zhangsan", "你好");
        await PostAsync(wecom, "stranger", "你好");

        Assert.Equal("BJ-2002", await MemberOfAsync(wecom, "hanmm"));
        Assert.Null(await MemberOfAsync(wecom, "zhangsan"));
        Assert.Null(await MemberOfAsync(wecom, "stranger"));
        Assert.Equal(1, wecom.Host.Count("channel_member_bindings"));
        // Not bound, they still got their answer as their own account.
        await WeChatLateReplyTests.UntilAsync(() => wecom.Stub.Accepted.Any(m => m["touser"]!.GetValue<string>() == "stranger"));
    }

    [Fact]
    public async Task A_member_who_bound_another_WeCom_account_keeps_it()
    {
        await using var wecom = await StartAsync();
        var bindings = wecom.Host.Services.GetRequiredService<ChannelBindingStore>();
        await bindings.BindAccountAsync(BindingChannel.WeCom, "hanmm-old-phone", "BJ-2002", DateTimeOffset.UtcNow, CancellationToken.None);
        wecom.Stub.Members["hanmm"] = "13800002002";

        await PostAsync(wecom, "hanmm", "你好");

        Assert.Null(await MemberOfAsync(wecom, "hanmm"));
        Assert.Equal("BJ-2002", await MemberOfAsync(wecom, "hanmm-old-phone"));
    }

    internal static async Task<WeComHost> StartAsync()
    {
        var wecom = await WeComHost.StartAsync();
        using var content = new StringContent(Roster, Encoding.UTF8, "text/csv");
        using var imported = await wecom.Host.Admin.PostAsync(new Uri("api/admin/members/import", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        return wecom;
    }

    internal static async Task PostAsync(WeComHost wecom, string userId, string text)
    {
        using var response = await wecom.Push.PostAsync(wecom.Push.TextXml(userId, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<string?> MemberOfAsync(WeComHost wecom, string userId) =>
        wecom.Host.Services.GetRequiredService<ChannelBindingStore>().FindMemberAsync(BindingChannel.WeCom, userId, CancellationToken.None);
}
