using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// The kinds of misreading mended in session 20, each in sentences of its own (not evaluation lines): a club's
/// everyday word beside a club or group word names that club; a sub-topic led by its verbs alone gives way to the
/// family the question names (工会卡…申领); a card cut or snapped is lost; someone else's club named by its pastime,
/// public offices' desks, joining another organisation, a check-up for another purpose, a class of a pastime no entry
/// knows and a story naming two other subjects get the honest fallback; a V-not-V question in any clause (能关掉不) and a
/// polite word after the verb it does not ask for (通知我能不能参加) start no action. Beside them, the union's own keep
/// their answers.
/// </summary>
public sealed class TwentiethSessionKindsTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("写毛笔字的社团在哪活动", "club:club-calligraphy")]
    [InlineData("工会卡怎么申领，要带啥材料", "faq:member-card-apply")]
    [InlineData("孩子把我的会员卡剪了", "faq:member-card-lost")]
    [InlineData("会员卡折断了还能用吗", "faq:member-card-lost")]
    public void A_workers_words_reach_the_topic(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("钓鱼的俱乐部怎么加入")]
    [InlineData("any cycling clubs around here")]
    [InlineData("消协的投诉电话是多少")]
    [InlineData("入党申请书怎么写")]
    [InlineData("入职体检去哪做")]
    [InlineData("少儿游泳班报名多少钱")]
    [InlineData("网上借的钱利息太高，催收天天打电话怎么办")]
    public void Someone_elses_matter_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("书法俱乐部怎么加入", "club:club-calligraphy")]
    [InlineData("工会体检什么时候安排", "faq:health-checkup")]
    [InlineData("工会卡丢了怎么补", "faq:member-card-lost")]
    [InlineData("老板拖欠工资打12351有用吗", "faq:wage-arrears")]
    public void The_unions_own_keep_their_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("推送太多了 能关掉不 我看看")]
    [InlineData("这个通知能退订不 谢谢")]
    [InlineData("审核完会通知我能不能参加吗")]
    [InlineData("消息太吵了 能免打扰不 不想退")]
    public void A_question_asked_mid_message_or_about_what_is_told_starts_no_action(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.False(read.Acts || read.Action is { Mode: ActionMode.Confirm }, $"{text} → {read.Intent} {read.Action}");
    }

    [Theory]
    [InlineData("以后有新活动能不能推送给我", Intent.Subscribe)]
    [InlineData("别再给我推送了", Intent.Unsubscribe)]
    [InlineData("帮我报名下周的手工课 谢谢啦", Intent.SignUp)]
    public void Requests_and_orders_beside_them_keep_their_reading(string text, Intent intent)
    {
        var read = Recognizer.Recognize(text);
        Assert.Equal(intent, read.Intent);
        Assert.True(read.Acts || read.Action is { Mode: ActionMode.Confirm }, $"{text} → {read.Action}");
    }

    [Theory]
    [InlineData("我名下有哪些报名")]
    [InlineData("查查名下的活动")]
    public void Ones_name_still_lists_ones_sign_ups(string text) => Assert.Equal(Intent.MySignUps, Recognizer.Recognize(text).Intent);
}
