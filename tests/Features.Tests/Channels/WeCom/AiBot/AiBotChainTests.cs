using System.Net;
using System.Net.Http.Json;
using EngageBot.Features.Tests.Channels.Tencent;
using EngageBot.Features.Tests.Channels.WeChat;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// 接龙 in a WeCom group through the intelligent robot: "@机器人 接龙 周六羽毛球", "+1", "+1 技术部" reach the same chain
/// as on the member page, a bound WeCom user signs up as their roster member, an unbound one is told how to bind,
/// and WeCom's retry of a message (same msgid) changes nothing.
/// </summary>
public sealed class AiBotChainTests
{
    private const string Robot = "@工会小助手 ";

    [Fact]
    public async Task A_bound_user_starts_and_joins_an_activity_chain_as_the_rostered_member_and_a_retried_message_changes_nothing()
    {
        var probe = new TurnProbe();
        await using var wecom = await StartAsync(probe);
        var push = new AiBotPush(wecom.Host.Http);
        await BindAsync(wecom, "BJ-0701", "李四", "lisi");
        await BindAsync(wecom, "BJ-0702", "王芳", "wangfang");
        var activityId = await CreateActivityAsync(wecom.Host, "周六羽毛球友谊赛", capacity: 1);

        var started = await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "lisi", Robot + "接龙 周六羽毛球"));
        Assert.StartsWith("接龙开始啦", started, StringComparison.Ordinal);
        Assert.Contains("接龙：周六羽毛球友谊赛（0/1人）", started, StringComparison.Ordinal);

        var joinId = push.NewMsgId();
        var joined = await push.SayAsync(AiBotPush.GroupText(joinId, "lisi", Robot + "+1 技术部"));
        Assert.EndsWith("（1/1人）\n1. 李四（技术部）", joined!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var turns = probe.Turns.Count;
        var again = await push.SayAsync(AiBotPush.GroupText(joinId, "lisi", Robot + "+1 技术部"));
        Assert.Equal(joined, again); // the retry answers what the first delivery answered
        Assert.Equal(turns, probe.Turns.Count); // and runs no second turn (stopped at dedup, before the bot)

        var waiting = await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "wangfang", Robot + "+1"));
        Assert.Contains("候补：\n1. 王芳", waiting!.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        var confirmed = Assert.Single(roster.GetProperty("confirmed").EnumerateArray());
        Assert.Equal("dl_BJ-0701", confirmed.GetProperty("memberId").GetString());
        Assert.Equal("技术部", confirmed.GetProperty("answers").GetProperty("dept").GetString());
        Assert.Equal("dl_BJ-0702", Assert.Single(roster.GetProperty("waitlist").EnumerateArray()).GetProperty("memberId").GetString());
        Assert.All(probe.Turns, t => Assert.True(t.Conversation!.IsGroup));
    }

    [Fact]
    public async Task An_unbound_user_is_told_how_to_bind_and_nothing_changes()
    {
        var probe = new TurnProbe();
        await using var wecom = await StartAsync(probe);
        var push = new AiBotPush(wecom.Host.Http);
        await BindAsync(wecom, "BJ-0703", "赵六", "zhaoliu");
        var activityId = await CreateActivityAsync(wecom.Host, "周日篮球赛", capacity: 5);
        Assert.StartsWith("接龙开始啦", await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "zhaoliu", Robot + "接龙 周日篮球赛")), StringComparison.Ordinal);
        var turns = probe.Turns.Count;

        var told = await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "stranger", Robot + "+1"));
        Assert.Contains("请先绑定您的企业微信账号", told, StringComparison.Ordinal);
        Assert.Contains("https://union.example.org/api/wecom/oauth/start", told, StringComparison.Ordinal);
        var english = await push.SayAsync(AiBotPush.GroupText(push.NewMsgId(), "stranger", Robot + "join"));
        Assert.StartsWith("Please bind your WeCom account", english, StringComparison.Ordinal);

        Assert.Equal(turns, probe.Turns.Count);
        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        Assert.Empty(roster.GetProperty("confirmed").EnumerateArray());
        Assert.Equal(1, wecom.Host.Count("wecom_aibot_streams")); // the chain's start only
    }

    [Fact]
    public async Task A_turn_that_outlasts_the_callback_is_answered_through_the_stream_refreshes()
    {
        var probe = new TurnProbe();
        await using var wecom = await StartAsync(probe);
        var push = new AiBotPush(wecom.Host.Http);

        using var first = await push.PostAsync(AiBotPush.SingleText(push.NewMsgId(), "slowpoke", TurnProbe.HoldText));
        var open = (await push.ReplyAsync(first))!;
        Assert.False(open["finish"]!.GetValue<bool>());
        var streamId = open["id"]!.GetValue<string>();
        using (var still = await push.PostAsync(AiBotPush.StreamRefresh(streamId)))
        {
            Assert.False((await push.ReplyAsync(still))!["finish"]!.GetValue<bool>());
        }

        probe.Release();
        string? content = null;
        for (var finished = false; !finished;)
        {
            using var refreshed = await push.PostAsync(AiBotPush.StreamRefresh(streamId));
            var stream = (await push.ReplyAsync(refreshed))!;
            (finished, content) = (stream["finish"]!.GetValue<bool>(), stream["content"]!.GetValue<string>());
        }

        Assert.False(string.IsNullOrWhiteSpace(content));
        using var unknown = await push.PostAsync(AiBotPush.StreamRefresh("eb-never-opened"));
        var closed = (await push.ReplyAsync(unknown))!;
        Assert.True(closed["finish"]!.GetValue<bool>());
        Assert.Equal(string.Empty, closed["content"]!.GetValue<string>());
    }

    internal static async Task<WeComHost> StartAsync(TurnProbe? probe = null, IDictionary<string, string?>? extra = null)
    {
        var settings = AiBotPush.Settings();
        settings["SignUps:SeedSamples"] = "false";
        settings["WeCom:AiBot:PassiveReplyWindow"] = "00:00:01";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return await WeComHost.StartAsync(services: probe is null ? null : new Action<IServiceCollection>(probe.AddTo), settings: settings);
    }

    /// <summary>Signs the member in on the member page and binds the WeCom userid through 获取访问用户身份.</summary>
    internal static async Task BindAsync(WeComHost wecom, string memberNumber, string name, string userId)
    {
        var token = (await wecom.Host.SignInMemberAsync(memberNumber, name)).GetProperty("sessionToken").GetString()!;
        using var browser = new BindingBrowser(wecom.Host);
        var state = (await browser.StartAsync("api/wecom/oauth"))["state"]!;
        (await browser.CallbackAsync("api/wecom/oauth", wecom.Stub.Codes.Issue(userId), state)).Dispose();
        using var bound = await browser.PostAsync("api/members/channels/bind", token);
        Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
    }

    private static async Task<string> CreateActivityAsync(BotHost host, string title, int capacity)
    {
        var starts = DateTimeOffset.UtcNow.AddDays(3);
        using var created = await host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title, startsAt = starts.ToString("O"), endsAt = starts.AddHours(2).ToString("O"), place = "职工之家", capacity,
        });
        created.EnsureSuccessStatusCode();
        var activityId = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        using var form = await host.Admin.PutAsJsonAsync($"api/admin/activities/{activityId}/form", new
        {
            fields = new object[] { new { key = "dept", label = "部门", kind = "choice", required = true, options = new[] { "技术部", "财务部" } } },
        });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        return activityId;
    }
}
