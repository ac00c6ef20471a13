using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, two questions in one message where one part is a command (hand-off, the activities listing, my
/// sign-ups): both parts are kept, in the order asked. A command first runs with the question as
/// <see cref="RecognizedIntent.Also"/> (answered after it); a listing or hand-off second is offered as a button after
/// the answer (<see cref="RecognizedIntent.AlsoCommand"/>), so nothing runs unasked. Written from meaning, not from evaluation lines.
/// </summary>
public sealed class CommandPairsTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("会员卡丢了怎么补？不行就帮我转人工", "faq:member-card-lost|intent:handoff")]
    [InlineData("两癌筛查在哪做？再看看下周有什么活动", "faq:cancer-screening|intent:activities")]
    [InlineData("转人工。另外互助保障怎么报销？", "intent:handoff|faq:mutual-aid-claim")]
    [InlineData("下周有什么活动？书法班要自己带笔墨吗", "intent:activities|club:club-calligraphy")]
    [InlineData("我的报名有哪些？另外两癌筛查在哪做", "intent:mysignups|faq:cancer-screening")]
    public void A_command_and_a_question_in_one_message_are_both_kept_in_order(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Fact]
    public void A_sign_up_asked_beside_a_question_is_only_confirmed_and_the_question_kept()
    {
        var read = Recognizer.Recognize("帮我报名周六的瑜伽。书法班在哪上课？");

        Assert.Equal("intent:signup|club:club-calligraphy", read.Label);
        Assert.False(read.Acts); // a message that asks something is no plain command: the sign-up is asked back first
    }

    [Fact]
    public void One_sentence_without_a_command_is_no_pair() =>
        Assert.Null(Recognizer.Recognize("会员卡丢了怎么补办").AlsoCommand);
}
