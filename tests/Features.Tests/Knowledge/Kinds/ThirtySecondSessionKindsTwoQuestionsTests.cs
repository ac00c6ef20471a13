using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 32 (two32, issue 17): a second question is kept on every reading, found part by part as a command's pair
/// is. The activities listing keeps the question asked after it. Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class ThirtySecondSessionKindsTwoQuestionsTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("工会最近的活动发一下。还有互助保障咋报", "intent:activities|faq:mutual-aid-claim")]
    [InlineData("send me the list of events. also how do i book counselling", "intent:activities|faq:counselling")]
    public void The_listing_keeps_the_question_asked_after_it(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
