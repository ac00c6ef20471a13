using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests;

/// <summary>
/// Kinds of miss found on probes-steps.tsv's tuned half and the older sets' tuned halves (session 26): a topic's steps
/// and orders said plainly. Each theory's sentences were written fresh, not taken from any eval file.
/// </summary>
public sealed class TwentySixthSessionKindsStepsTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>
    /// Arrival told with the place (活动现场, 场地, 教室, 活动室门口, 已经在) beside 签到 is the check-in order itself,
    /// not a question about how checking in works.
    /// </summary>
    [Theory]
    [InlineData("我在活动室门口了 签到")]
    [InlineData("人已经到场地了，签个到")]
    [InlineData("已经到教室门口了 帮我签一下到")]
    [InlineData("已经在现场了 签到吧")]
    [InlineData("人已经在现场了 帮我签到")]
    public void Arrival_at_the_place_beside_check_in_is_the_order(string text) =>
        Assert.Equal("intent:checkin", Recognizer.Recognize(text).Label);

    /// <summary>The same words asked, put off or denied stay questions: nothing is run.</summary>
    [Theory]
    [InlineData("还没到场地呢 先别签到")]
    [InlineData("人没到现场能签到吗")]
    [InlineData("到教室了怎么签到")]
    public void Arrival_words_in_a_question_or_a_negation_do_not_check_in(string text) =>
        Assert.NotEqual("intent:checkin", Recognizer.Recognize(text).Label);
}
