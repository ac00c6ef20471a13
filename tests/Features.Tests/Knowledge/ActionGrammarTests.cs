using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, "never act on a question", per action and by grammar: each action's verb asked about (吗, 呢, 怎么, 能不能,
/// 是否, 哪, 几, ?, how, can I, whether), negated or refused (不, 别, 没, 不用, 算了, don't, no longer), put as a
/// hypothetical (如果, 要是, 假如, if), said of someone else (我同事, 家属, my colleague) or told as done (已经报了, 报过了吗).
/// Written from the grammar, zh and en, not from evaluation lines. None may start an action (not even ask to confirm
/// one), neither through the recognizer nor through the sign-up route's command parser; the plain commands at the end still act.
/// </summary>
public sealed class ActionGrammarTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    private static readonly Intent[] ActionIntents = [Intent.SignUp, Intent.CancelSignUp, Intent.CheckIn, Intent.Subscribe, Intent.Unsubscribe];

    public static TheoryData<string> SignUpNotAsked() => new()
    {
        "周六瑜伽能报名吗", "书法班报名了没", "怎么报名书法班", "报名要带什么", "能不能报两个活动", "可不可以现场报名", "是否需要提前报名",
        "网球在哪报名", "几号开始报名", "太极拳报名的人多吗？", "瑜伽还能报么", "摄影那个报名呢", "报名瑜伽？",
        "不报名了", "别帮我报名", "我没报名瑜伽", "不用给我报名", "不要报名瑜伽", "算了，不报名了", "我可不报名",
        "如果我报名了去不了怎么办", "要是报名满了怎么办", "假如周六下雨，报名瑜伽的还去吗",
        "我同事想报名瑜伽", "家属能报名吗", "我老婆要报名书法班",
        "我已经报名瑜伽了", "瑜伽报过了吗", "上周报名的瑜伽",
        "can I sign up for yoga", "how do I register for tai chi", "do I need to sign up", "not sure whether to sign up for tennis",
        "don't sign me up for yoga", "I'm not signing up", "I no longer want to sign up", "if I sign up for yoga can I bring a friend",
        "my colleague wants to sign up for yoga", "I already signed up for yoga", "did I sign up for yoga?",
    };

    public static TheoryData<string> CancelNotAsked() => new()
    {
        "取消报名会扣分吗", "怎么取消报名", "能不能取消瑜伽报名", "取消报名在哪弄", "瑜伽报名几点前能取消", "是否可以取消报名",
        "不取消了", "别取消瑜伽报名", "先不取消报名", "我不是要取消报名", "没想取消报名", "不用取消报名",
        "如果取消报名还能再报吗", "要是取消了名额给谁", "假如取消报名会怎样",
        "我同事想取消报名", "家属要取消报名怎么弄", "我已经取消报名了", "瑜伽报名取消过了吗",
        "how do I cancel my sign-up", "can I cancel my registration", "don't cancel my booking", "I don't want to cancel my sign-up",
        "if I cancel my sign-up will I lose points", "my colleague wants to cancel his registration", "I already cancelled my booking",
        "I no longer want to cancel my sign-up",
        "周日的书法我照样去 可别给我退了", "网球那个退出之后还能再回来吗 我先问问 别帮我退", "退了以后名额还给我留吗？不要给我退",
    };

    public static TheoryData<string> CheckInNotAsked() => new()
    {
        "签到码 123456 怎么用", "签到码是 123456 吗", "123456 这个签到码对吗", "签到码 123456 在哪输", "签到 123456 能行吗",
        "别签到 123456", "先不签到，码是 123456", "不用签到 123456", "我没签到 123456",
        "如果签到码是 123456 可以吗", "要是签到码 123456 过期了呢",
        "我同事的签到码 123456", "家属的签到码是 123456",
        "我已经签到 123456 了", "昨天签到 123456 成功了吗",
        "is 123456 the check-in code?", "how do I check in with 123456", "don't check me in, code 123456",
        "my colleague's check-in code is 123456", "I already checked in with 123456", "if the code is 123456 can I check in",
    };

    public static TheoryData<string> UnsubscribeNotAsked() => new()
    {
        "怎么退订", "退订了还能收到签到码吗", "能不能关掉通知", "退订在哪", "通知是否可以关", "退订要几步",
        "不退订", "别退订", "不要关掉通知", "我没说退订", "不用退订，谢谢", "算了不退订了",
        "如果退订了怎么办", "要是关了推送呢", "假如退订还能报名吗",
        "我同事想退订通知", "我老婆说要退订", "家属怎么退订",
        "我已经退订了", "退订过了吗",
        "要是退订了以后再订阅麻烦吗？先别给我退", "推送太多了，以后重新订阅还来得及吗，不用帮我退",
        "how do I unsubscribe", "can I turn off notifications?", "don't unsubscribe me", "if I unsubscribe will I miss activities",
        "my wife wants to unsubscribe", "I already unsubscribed", "not sure whether I should unsubscribe",
    };

    public static TheoryData<string> LeaveGroupNotAsked() => new()
    {
        "怎么退群", "能退群吗", "不想退群", "如果退群了还能报名吗", "我同事想退群", "退过群还能进吗",
        "how do I leave this group", "can I leave the group?", "my colleague wants to leave the group", "don't remove me from the group",
    };

    [Theory]
    [MemberData(nameof(SignUpNotAsked))]
    [MemberData(nameof(CancelNotAsked))]
    [MemberData(nameof(CheckInNotAsked))]
    [MemberData(nameof(UnsubscribeNotAsked))]
    [MemberData(nameof(LeaveGroupNotAsked))]
    public void A_question_negation_hypothetical_someone_elses_wish_or_a_done_deed_starts_no_action(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.False(read.Acts, $"{text} → {read.Intent} acts");
        Assert.DoesNotContain(read.Intent, ActionIntents);
        Assert.True(SignUpCommandParser.Parse(text) is null or { Kind: SignUpCommandKind.MySignUps or SignUpCommandKind.SetName }, $"{text} → the sign-up route's {SignUpCommandParser.Parse(text)?.Kind}");
    }

    [Theory]
    [InlineData("报名周六的瑜伽", Intent.SignUp)]
    [InlineData("帮我报名书法班", Intent.SignUp)]
    [InlineData("sign me up for tai chi", Intent.SignUp)]
    [InlineData("取消瑜伽报名", Intent.CancelSignUp)]
    [InlineData("cancel my yoga sign-up", Intent.CancelSignUp)]
    [InlineData("签到 123456", Intent.CheckIn)]
    [InlineData("check in 123456", Intent.CheckIn)]
    [InlineData("退订通知", Intent.Unsubscribe)]
    [InlineData("unsubscribe", Intent.Unsubscribe)]
    [InlineData("别再给我推送了", Intent.Unsubscribe)]
    [InlineData("关掉通知", Intent.Unsubscribe)]
    public void A_plain_command_still_acts(string text, Intent intent)
    {
        var read = Recognizer.Recognize(text);
        Assert.Equal(intent, read.Intent);
        Assert.True(read.Acts, $"{text} → {read.Action}");
    }
}
