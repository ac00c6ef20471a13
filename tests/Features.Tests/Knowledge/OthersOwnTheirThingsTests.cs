using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// The kinds of evidence that made the bot answer questions about someone else's things (issue 17, session 19): a card
/// named by its owner (工资卡, 老年卡, payroll card), an event or class at a place not the union's (商场, 小区, library),
/// another public hotline (12333), a club or association of a hobby no entry knows (摄影家协会, rugby clubs), what a
/// check-up found (脂肪肝, 要不要紧), and a listed subject that a scene-setting word leads to (换了工作…公积金). Written
/// from the kinds, not from evaluation lines; beside them, the union's own in the same words keep their answers.
/// </summary>
public sealed class OthersOwnTheirThingsTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("招行工资卡怎么挂失")]
    [InlineData("门禁卡丢了找谁补")]
    [InlineData("lost my payroll card, what now")]
    [InlineData("万达广场周六有什么活动")]
    [InlineData("小区下周有什么活动吗")]
    [InlineData("what events are on at the library this weekend")]
    [InlineData("12333热线几点有人接")]
    [InlineData("摄影家协会怎么加入")]
    [InlineData("any rugby clubs near guomao")]
    [InlineData("体检查出脂肪肝要不要紧")]
    [InlineData("换了工作公积金怎么转")]
    public void Someone_elses_thing_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("老板不往工资卡里打工资", "faq:wage-arrears")]
    [InlineData("工会这周末有什么活动", "intent:activities")]
    [InlineData("这周末有什么活动", "intent:activities")]
    [InlineData("what's on this weekend", "intent:activities")]
    [InlineData("书法协会怎么加入", "club:club-calligraphy")]
    [InlineData("太极拳俱乐部在哪练", "club:club-taichi")]
    [InlineData("12351热线几点有人接", "faq:hotline-12351")]
    [InlineData("职工体检有哪些项目", "faq:health-checkup")]
    [InlineData("体检要空腹吗", "faq:health-checkup")]
    public void The_unions_own_in_the_same_words_keep_their_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
