using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngageBot.Features.Tests.Channels.WeChat;
using EngageBot.TestKit;
using static EngageBot.Features.Tests.Channels.WeChat.WeChatLateReplyTests;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// Sign-up cards in a WeCom group through the robot: "@机器人 近期活动" is answered with the stream and a template
/// card (stream_with_template_card, doc 101031) whose 报名 button, pressed (template_card_event, doc 101027), signs
/// the presser up as their rostered member with capacity and waitlist, the confirmation through the press's
/// response_url. A retried press changes nothing; an unbound presser is told how to bind; the enter-chat event
/// gets a welcome.
/// </summary>
public sealed class AiBotCardTests
{
    [Fact]
    public async Task Group_members_sign_up_by_pressing_the_robots_card_seats_then_waitlist_and_a_retried_press_changes_nothing()
    {
        var probe = new TurnProbe();
        await using var wecom = await AiBotChainTests.StartAsync(probe, AiBotResponseTests.Settings);
        var push = new AiBotPush(wecom.Host.Http);
        await AiBotChainTests.BindAsync(wecom, "BJ-0801", "李雷", "lilei");
        await AiBotChainTests.BindAsync(wecom, "BJ-0802", "韩梅梅", "hanmeimei");
        var activityId = await CreateActivityAsync(wecom.Host, "工会书法体验课", capacity: 1);

        var answer = (await push.SayWholeAsync(AiBotPush.GroupText(push.NewMsgId(), "lilei", "@工会小助手 近期活动")))!;
        Assert.Equal("stream_with_template_card", answer["msgtype"]!.GetValue<string>());
        var card = answer["template_card"]!.AsObject();
        Assert.Equal("button_interaction", card["card_type"]!.GetValue<string>());
        var button = card["button_list"]!.AsArray().Select(b => b!.AsObject())
            .Single(b => b["key"]!.GetValue<string>().Contains(activityId, StringComparison.Ordinal));
        var (key, taskId) = (button["key"]!.GetValue<string>(), card["task_id"]!.GetValue<string>());

        var pressId = push.NewMsgId();
        await PressAsync(push, AiBotPush.CardPress(pressId, "lilei", key, taskId, wecom.Stub.IssueResponseUrl()));
        await UntilAsync(() => wecom.Stub.Responses.Count == 1);
        await PressAsync(push, AiBotPush.CardPress(push.NewMsgId(), "hanmeimei", key, taskId, wecom.Stub.IssueResponseUrl()));
        await UntilAsync(() => AiBotResponseTests.Outbox(wecom, "sent") == 2);
        var turns = probe.Turns.Count;
        await PressAsync(push, AiBotPush.CardPress(pressId, "lilei", key, taskId, wecom.Stub.IssueResponseUrl())); // WeCom's retry

        var replies = wecom.Stub.Responses.Select(r => r.Body["markdown"]!["content"]!.GetValue<string>()).ToList();
        Assert.All(replies, r => Assert.Contains("工会书法体验课", r, StringComparison.Ordinal));
        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        Assert.Equal("dl_BJ-0801", Assert.Single(roster.GetProperty("confirmed").EnumerateArray()).GetProperty("memberId").GetString());
        Assert.Equal("dl_BJ-0802", Assert.Single(roster.GetProperty("waitlist").EnumerateArray()).GetProperty("memberId").GetString());
        Assert.Equal(turns, probe.Turns.Count); // the retry stopped at dedup
        Assert.Equal(2, AiBotResponseTests.Outbox(wecom, null)); // and put nothing new in the outbox
        Assert.Equal(2, wecom.Stub.Responses.Count);
    }

    [Fact]
    public async Task An_unbound_presser_is_told_how_to_bind_through_the_response_url_and_nothing_changes()
    {
        await using var wecom = await AiBotChainTests.StartAsync(extra: AiBotResponseTests.Settings);
        var push = new AiBotPush(wecom.Host.Http);
        var activityId = await CreateActivityAsync(wecom.Host, "周日篮球赛", capacity: 5);
        var key = new JsonObject { ["action"] = "signUp", ["activityId"] = activityId }.ToJsonString();

        await PressAsync(push, AiBotPush.CardPress(push.NewMsgId(), "stranger", key, "eb-task", wecom.Stub.IssueResponseUrl()));
        await UntilAsync(() => !wecom.Stub.Responses.IsEmpty);

        Assert.Contains("请先绑定您的企业微信账号", Assert.Single(wecom.Stub.Responses).Body["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        Assert.Empty(roster.GetProperty("confirmed").EnumerateArray());
        Assert.Equal(0, wecom.Host.Count("transcript"));
    }

    [Fact]
    public async Task The_enter_chat_event_is_answered_with_a_short_welcome_text()
    {
        await using var wecom = await AiBotChainTests.StartAsync();
        var push = new AiBotPush(wecom.Host.Http);

        using var response = await push.PostAsync(AiBotPush.EnterChat(push.NewMsgId(), "newcomer"));
        var answer = (await push.AnswerAsync(response))!;

        Assert.Equal("text", answer["msgtype"]!.GetValue<string>());
        Assert.Contains("工会小助手", answer["text"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, wecom.Host.Count("transcript"));
    }

    /// <summary>A press is answered empty at once: its replies come through the response_url.</summary>
    private static async Task PressAsync(AiBotPush push, string json)
    {
        using var response = await push.PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await push.AnswerAsync(response));
    }

    private static async Task<string> CreateActivityAsync(BotHost host, string title, int capacity)
    {
        var starts = DateTimeOffset.UtcNow.AddDays(3);
        using var created = await host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title, startsAt = starts.ToString("O"), endsAt = starts.AddHours(2).ToString("O"), place = "职工之家", capacity,
        });
        created.EnsureSuccessStatusCode();
        return BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }
}
