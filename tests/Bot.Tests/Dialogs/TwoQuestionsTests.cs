using EngageBot.Bot.Tests.SignUps;
using EngageBot.Features.Handoff;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>
/// Issue 17, two questions in one message, through the whole turn pipeline: whichever route answers the first (the
/// activities listing, help, a declined action, a command, or the knowledge route on the learned second opinion's word),
/// the member also gets the answer to the second. Written from meaning, not from evaluation lines.
/// </summary>
public sealed class TwoQuestionsTests : IAsyncLifetime
{
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync(seed: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    // the activities listing
    [InlineData("工会最近的活动发一下。还有互助保障咋报", "近期", "出院或发生保障事故后")]
    [InlineData("send me the list of events. also how do i book counselling", "coming up", "If work stress or low mood")]
    // help, and an action declined
    [InlineData("这个怎么用？另外会员卡丢了怎么补", "我可以帮您", "立即挂失")]
    [InlineData("what can you do? and how do i claim mutual aid", "I can help you", "After you leave hospital")]
    [InlineData("瑜伽我不报了，另外会员卡丢了怎么补？", "不做任何更改", "立即挂失")]
    [InlineData("no need to sign me up. also how do i replace a lost member card?", "nothing changed", "Report it at once")]
    // a command first, answered by the sign-up or assistant route
    [InlineData("我的报名有哪些？另外两癌筛查在哪做", "没有进行中的报名", "乳腺癌、宫颈癌")]
    [InlineData("what have i signed up for? also where do i get a health check", "To see your sign-ups", "The yearly health check")]
    [InlineData("帮我订阅活动通知，另外体检怎么预约", "要为您开启活动通知吗", "职工的年度体检")]
    [InlineData("please subscribe me to notices, and where do i get a health check?", "Shall I turn on union notices", "The yearly health check")]
    // two close topics the learned second opinion settles on one of
    [InlineData("瑜伽课在哪上，能找律师吗？", "瑜伽俱乐部", "娘家人")]
    [InlineData("补卡要钱吗，能找律师吗？", "娘家人", "立即挂失")]
    [InlineData("yoga classes where, late wages what do i do?", "Yoga club", "If your wages are not paid")]
    public async Task Both_questions_are_answered_whichever_route_answers_the_first(string text, string first, string second)
    {
        var replies = await Chat(text).SendAsync(text);

        var all = ConversationScript.Text(replies);
        Assert.True(all.Contains(first, StringComparison.Ordinal), $"After \"{text}\" expected \"{first}\" in:\n{all}");
        Assert.True(all.Contains(second, StringComparison.Ordinal), $"After \"{text}\" expected \"{second}\" in:\n{all}");
        Assert.True(all.IndexOf(first, StringComparison.Ordinal) < all.IndexOf(second, StringComparison.Ordinal), $"After \"{text}\" expected \"{first}\" before \"{second}\" in:\n{all}");
    }

    [Theory]
    [InlineData("会员卡丢了怎么补？另外帮我报名周六的瑜伽", "立即挂失")]
    [InlineData("how do i replace a lost member card? also sign me up for yoga on saturday", "Report it at once")]
    public async Task A_sign_up_asked_second_is_answered_beside_the_question_and_never_run(string text, string answer)
    {
        var replies = await Chat(text).SendAsync(text);

        Assert.Contains(answer, ConversationScript.Text(replies), StringComparison.Ordinal);
        Assert.Equal(0, _host.Bot.Count("signups"));
    }

    [Fact]
    public async Task While_waiting_for_staff_a_command_still_answers_the_question_beside_it_and_two_questions_go_to_staff()
    {
        var chat = Chat("waiting");
        await chat.SendAsync("转人工");

        await chat.ExpectAsync("这个怎么用？另外会员卡丢了怎么补", "我可以帮您", "立即挂失"); // commands go on to their routes
        var relayed = await chat.ExpectAsync("会员卡丢了怎么补？另外互助保障怎么报销", "已转给工作人员"); // a person answers both

        Assert.DoesNotContain("立即挂失", ConversationScript.Text(relayed), StringComparison.Ordinal);
        var ticket = Assert.Single(await _host.Bot.Services.GetRequiredService<HandoffService>().ListOpenAsync(CancellationToken.None));
        Assert.Equal(1, ticket.MemberMessages);
    }

    /// <summary>A conversation of its own per message, so no earlier miss or hand-off colours the answer.</summary>
    private ConversationScript Chat(string text)
    {
        var id = "two-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
        return new ConversationScript(_host.Bot, _host.Sink.ServiceUrl, id, id);
    }
}
