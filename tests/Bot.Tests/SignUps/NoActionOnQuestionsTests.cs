using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Issue 17: questions about an action and negations never act. Each phrasing is sent through the real turn
/// pipeline to a member who is signed up for yoga; the sign-ups, their statuses and the notice subscriptions
/// must be exactly as before.
/// </summary>
public sealed class NoActionOnQuestionsTests : IAsyncLifetime
{
    private static readonly string[] Phrasings =
    [
        "瑜伽能参加吗？", "周六的瑜伽我能参加吗", "怎么报名", "报名截止是哪天", "插花活动家属能一起参加吗？", "不想报了", "别给我报", "先别给我报，我问问家里",
        "书法课还有名额吗", "取消报名会扣分吗", "报名后怎么取消？", "别取消我的报名", "我没想取消，只是问问规则", "取消了还能再报吗",
        "怎么退订通知", "别帮我退订，我还要收的", "如果退订了签到码还会发给我吗", "签到码在哪看", "上次签到 4471 没成功，是咋回事",
        "Can I join the yoga on Saturday?", "How do I sign up?", "How do I cancel my club sign-up?", "don't sign me up", "don't cancel my yoga",
        "I don't want to unsubscribe, just asking how it works", "what if I can't make it to yoga?", "Can my husband come to the yoga class too?",
    ];

    /// <summary>
    /// Questions, negations and hypotheticals about every state-changing action, written from how members ask (not
    /// from evaluation lines): unsubscribing and notices above all, then cancelling, signing up, checking in and
    /// leaving a group (no chat command leaves a group, so none may start anything).
    /// </summary>
    private static readonly string[] MorePhrasings =
    [
        "能不能退订", "退订了会怎样", "怎么取消通知", "通知能关吗", "我没说要退订", "不是要退订，就问问", "退订还能再订回来吗", "关了推送会漏掉签到码吗",
        "what happens if I unsubscribe", "how do I turn off notifications", "I never said unsubscribe", "don't stop my notifications", "is there a way to mute alerts?",
        "我没说要取消", "取消报名要扣分吗", "报名了能退吗", "能不能取消报名", "不是取消，是改时间", "what happens if I cancel my sign-up", "can I cancel later?", "I didn't ask to cancel",
        "我没说要报名", "报名要交钱吗", "如果报了名去不了怎么办", "I didn't say sign me up", "签到怎么弄", "没签到会怎样", "how do I check in",
        "怎么退群", "退群了还能回来吗", "我不想退群", "how do I leave the group", "订阅了要钱吗",
        "我已经签到 123456 了", "别签到 123456", "我同事的签到码 123456", "I no longer want to cancel my sign-up", "don't remove me from the group",
    ];

    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task No_question_or_negation_signs_up_cancels_or_unsubscribes() => NoneActsAsync(Phrasings, "m");

    [Fact]
    public Task More_questions_and_negations_about_every_action_never_act() => NoneActsAsync(MorePhrasings, "n");

    private async Task NoneActsAsync(string[] phrasings, string prefix)
    {
        // A fresh member per phrasing: two answers the bot could not place in a row hand the member to staff.
        for (var i = 0; i < phrasings.Length; i++)
        {
            var (member, phrasing) = (prefix + i, phrasings[i]);
            await _host.SayAsync(member, "报名瑜伽");
            await _host.SayAsync(member, "订阅通知");
            var before = (await _host.SayAsync(member, "我的报名")).Activity.Text;
            var (signUps, subscriptions) = (_host.Bot.Count("signups"), _host.Bot.Count("notice_subscriptions"));

            var reply = await _host.SayAsync(member, phrasing);
            Assert.False(string.IsNullOrEmpty(reply.Activity.Text), phrasing);
            // A question that touches two topics is answered twice ("answer both"): every answer is checked.
            foreach (var answer in await MoreRepliesAsync(reply))
            {
                Assert.False(answer.StartsWith("好的，已为您退订", StringComparison.Ordinal), phrasing);
                Assert.False(answer.StartsWith("报名成功", StringComparison.Ordinal), phrasing);
            }

            if (reply.Activity.Text!.StartsWith("确定要取消", StringComparison.Ordinal))
            {
                await _host.SayAsync(member, "否"); // a cancellation asked back is answered no, as a member would
            }

            Assert.Equal(signUps, _host.Bot.Count("signups"));
            Assert.Equal(subscriptions, _host.Bot.Count("notice_subscriptions"));
            var after = (await _host.SayAsync(member, "我的报名")).Activity.Text;
            Assert.True(before == after, $"after “{phrasing}”, 我的报名 answered: {after}");
        }
    }

    /// <summary>The first reply's text and those of any further replies of the same turn.</summary>
    private async Task<List<string>> MoreRepliesAsync(ReceivedActivity first)
    {
        var texts = new List<string> { first.Activity.Text ?? string.Empty };
        while (!await _host.Sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)))
        {
            texts.Add((await _host.Sink.NextAsync()).Activity.Text ?? string.Empty);
        }

        return texts;
    }

    [Fact]
    public async Task Asking_to_cancel_a_sign_up_the_member_does_not_have_signs_nobody_up()
    {
        var reply = await _host.SayAsync("c9", "取消瑜伽报名");

        Assert.StartsWith("没有找到您要取消的报名", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task An_inferred_sign_up_is_asked_back_and_runs_only_on_yes()
    {
        var ask = await _host.SayAsync("i1", "我想参加瑜伽");
        Assert.StartsWith("要为您报名", ask.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));

        var no = await _host.SayAsync("i1", "否");
        Assert.StartsWith("好的，没有为您报名", no.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));

        await _host.SayAsync("i1", "我想参加瑜伽");
        var yes = await _host.SayAsync("i1", "是");
        Assert.StartsWith("报名成功", yes.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(1, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task A_hand_off_asked_after_a_question_is_offered_as_a_button_after_the_answer()
    {
        var reply = await _host.SayAsync("p1", "会员卡丢了怎么补？不行就帮我转人工");

        Assert.Contains("转人工", reply.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(0, _host.Bot.Count("handoff_tickets"));
    }

    [Fact]
    public async Task What_did_I_sign_up_for_lists_the_members_own_sign_ups()
    {
        await _host.SayAsync("l1", "报名瑜伽");

        var mine = await _host.SayAsync("l1", "我报了哪些");

        Assert.Contains("周末瑜伽课", mine.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("已确认", mine.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_question_quoting_a_Chinese_name_is_answered_in_English()
    {
        var reply = await _host.SayAsync("e2", "Where is the nursing room near 国贸?");

        Assert.Equal("en-US", reply.Activity.Locale);
    }
}
