using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Tests.Channels.Tencent;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// 接龙 in a WeCom group through its robot: a notice with a sign-up, posted into the group, carries a link (robots take
/// no presses) that opens the activity's sign-up screen through the WeCom app's web authorisation. Members who follow
/// it sign up for real: the seat goes first come, first served, the next member is waitlisted.
/// </summary>
public sealed partial class WeComRobotSignUpTests
{
    private const string Robot = "二车间职工群";
    private const string RobotKey = "robot-key-signup";
    private const string PublicAddress = "https://union.example.cn/";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["WeCom:Robots:WebhookBaseUrl"] = "{stub}",
        ["WeCom:Robots:MemberPageUrl"] = PublicAddress,
        ["WeCom:OAuthBaseUrl"] = "{stub}",
        ["Scheduler:QuietHoursStart"] = "00:00:00",
        ["Scheduler:QuietHoursEnd"] = "00:00:00",
        ["Delivery:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task A_robot_notice_links_to_the_sign_up_the_first_member_gets_the_seat_and_the_next_is_waitlisted()
    {
        await using var wecom = await WeComHost.StartAsync(settings: Settings);
        var activityId = await CreateActivityAsync(wecom, capacity: 1);
        await RegisterRobotAsync(wecom);
        var noticeId = await NoticeAsync(wecom, new { text = "周六上午羽毛球友谊赛，名额有限，先到先得", activityId, audience = new { wecomRobots = new[] { Robot } } });
        var report = await wecom.Host.SettledNoticeReportAsync(noticeId);

        Assert.Equal((1L, 1L), (report.GetProperty("recipients").GetInt64(), report.GetProperty("sent").GetInt64()));
        var posted = Assert.Single(wecom.Stub.RobotMessages);
        Assert.Equal("markdown", posted["msgtype"]!.GetValue<string>());
        var markdown = posted["markdown"]!["content"]!.GetValue<string>();
        Assert.Contains("周六上午羽毛球友谊赛", markdown, StringComparison.Ordinal);
        var link = new Uri(MarkdownLink().Match(markdown).Groups["url"].Value);
        Assert.Equal($"{PublicAddress}api/wecom/oauth/start?activity={activityId}", link.AbsoluteUri);
        Assert.DoesNotContain("· 报名", markdown, StringComparison.Ordinal); // no button text nobody can press

        // 王五 bound his WeCom account before: the link signs him straight in, on the activity's sign-up screen.
        await wecom.Host.SeedMemberAsync("BJ-3001", "王五");
        await wecom.Host.Services.GetRequiredService<ChannelBindingStore>().BindAccountAsync(BindingChannel.WeCom, "wangwu", "BJ-3001", DateTimeOffset.UtcNow, CancellationToken.None);
        using var first = new BindingBrowser(wecom.Host);
        Assert.Equal($"/#bind=wecom&activity={activityId}", await FollowAsync(wecom, first, link, "wangwu"));
        using var session = await first.PostAsync("api/members/channels/session");
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var firstToken = BotHost.Json(await session.Content.ReadAsStringAsync()).GetProperty("sessionToken").GetString()!;
        Assert.Equal("confirmed", await SignUpAsync(first, activityId, firstToken));

        // 赵六 is not bound yet: he signs in once with his code, which binds his account, and the seat is gone.
        using var second = new BindingBrowser(wecom.Host);
        Assert.Equal($"/#bind=wecom&activity={activityId}", await FollowAsync(wecom, second, link, "zhaoliu"));
        using (var notBound = await second.PostAsync("api/members/channels/session"))
        {
            Assert.Equal("not-bound", await BindingBrowser.ProblemCodeAsync(notBound, HttpStatusCode.NotFound));
        }

        var secondToken = (await wecom.Host.SignInMemberAsync("BJ-3002", "赵六")).GetProperty("sessionToken").GetString()!;
        using (var bound = await second.PostAsync("api/members/channels/bind", secondToken))
        {
            Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        }

        Assert.Equal("waitlisted", await SignUpAsync(second, activityId, secondToken));
        Assert.Equal("409", await SignUpAsync(second, activityId, secondToken)); // following the link again changes nothing

        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        Assert.Equal("dl_BJ-3001", Assert.Single(roster.GetProperty("confirmed").EnumerateArray()).GetProperty("memberId").GetString());
        Assert.Equal("dl_BJ-3002", Assert.Single(roster.GetProperty("waitlist").EnumerateArray()).GetProperty("memberId").GetString());
    }

    [Fact]
    public async Task As_a_template_card_the_notice_is_one_text_notice_whose_jump_and_card_open_the_sign_up()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["WeCom:Robots:SignUpAs"] = "TemplateCard" };
        await using var wecom = await WeComHost.StartAsync(settings: settings);
        var activityId = await CreateActivityAsync(wecom, capacity: 5);
        await RegisterRobotAsync(wecom);
        var noticeId = await NoticeAsync(wecom, new { text = "工会读书会报名开始\n本周五晚七点，职工书屋", activityId, audience = new { wecomRobots = new[] { Robot } } });
        await wecom.Host.SettledNoticeReportAsync(noticeId);

        var posted = Assert.Single(wecom.Stub.RobotMessages);
        var card = posted["template_card"]!;
        var url = $"{PublicAddress}api/wecom/oauth/start?activity={activityId}";
        Assert.Equal(("template_card", "text_notice"), (posted["msgtype"]!.GetValue<string>(), card["card_type"]!.GetValue<string>()));
        Assert.Equal("工会读书会报名开始", card["main_title"]!["title"]!.GetValue<string>());
        Assert.Equal("本周五晚七点，职工书屋", card["sub_title_text"]!.GetValue<string>());
        Assert.Equal((1, url), (card["card_action"]!["type"]!.GetValue<int>(), card["card_action"]!["url"]!.GetValue<string>()));
        var jump = Assert.Single(card["jump_list"]!.AsArray())!;
        Assert.Equal((1, "立即报名", url), (jump["type"]!.GetValue<int>(), jump["title"]!.GetValue<string>(), jump["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_sign_up_link_with_a_malformed_activity_is_refused_and_starts_nothing()
    {
        await using var wecom = await WeComHost.StartAsync(settings: Settings);
        using var browser = new BindingBrowser(wecom.Host);

        using var response = await browser.SendAsync(HttpMethod.Get, "api/wecom/oauth/start?activity=%3Cscript%3E");

        Assert.Equal("bad-activity", await BindingBrowser.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(0, wecom.Host.Count("channel_oauth_flows"));
    }

    /// <summary>Opens the link in the member's WeCom browser, plays WeCom's authorize page, and returns where the service sends them.</summary>
    private static async Task<string> FollowAsync(WeComHost wecom, BindingBrowser browser, Uri link, string userId)
    {
        using var start = await browser.SendAsync(HttpMethod.Get, link.PathAndQuery.TrimStart('/'));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var state = System.Web.HttpUtility.ParseQueryString(start.Headers.Location!.Query)["state"]!;
        using var back = await browser.CallbackAsync("api/wecom/oauth", wecom.Stub.Codes.Issue(userId), state);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back.Headers.Location!.OriginalString;
    }

    /// <summary>What the member page's sign-up answers: "confirmed" / "waitlisted", or the HTTP status of a refusal.</summary>
    private static async Task<string> SignUpAsync(BindingBrowser browser, string activityId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/members/activities/{activityId}/signup", UriKind.Relative))
        {
            Content = JsonContent.Create(new { answers = new Dictionary<string, string>() }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await browser.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("status").GetString()!
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> CreateActivityAsync(WeComHost wecom, int capacity)
    {
        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = "周六羽毛球友谊赛",
            startsAt = DateTimeOffset.UtcNow.AddDays(3).ToString("o"),
            place = "职工活动中心",
            capacity,
        });
        created.EnsureSuccessStatusCode();
        return BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    private static async Task RegisterRobotAsync(WeComHost wecom)
    {
        wecom.Stub.Robots[RobotKey] = new();
        var registered = await wecom.Host.Admin.PutAsJsonAsync(new Uri($"api/admin/wecom/robots/{Robot}", UriKind.Relative), new { webhookKey = RobotKey });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
    }

    private static async Task<string> NoticeAsync(WeComHost wecom, object notice)
    {
        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/notices", notice);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }

    [GeneratedRegex(@"\[立即报名\]\((?<url>[^)]+)\)")]
    private static partial Regex MarkdownLink();
}
