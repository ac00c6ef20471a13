using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

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

    /// <summary>
    /// What a named card gives (工会卡…有啥好处, 会员卡有什么用处) asks what the card does: the card named is the
    /// subject, the gain words ask what it is for, not what membership gives at a glance.
    /// </summary>
    [Theory]
    [InlineData("工会发的那张卡 平时有啥好处")]
    [InlineData("会员卡对我们有啥好处呀")]
    [InlineData("京卡拿到手了 有什么好处")]
    [InlineData("这张工会卡有什么用处和好处")]
    [InlineData("whats the point of the union card, any perks?")]
    public void What_a_named_card_gives_is_the_card(string text) =>
        Assert.Equal("faq:member-card", Recognizer.Recognize(text).Label);
}
