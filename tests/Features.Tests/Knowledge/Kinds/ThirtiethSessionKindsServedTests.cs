using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 30 (choice40, a story prefix): time served told before a work question (干了八个月了, 做了快两年) is about work
/// too, so an employer not paying social insurance stays legal aid though the story thins the question's score; the
/// social insurance office's own matters after the same prefix still fall back. Sentences written for this test, not
/// taken from an eval file.
/// </summary>
public sealed class ThirtiethSessionKindsServedTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("干了九个月了 一直没给缴社保 怎么办")]
    [InlineData("在厂里做了快两年 老板不给交社保 怎么办")]
    public void An_employer_not_paying_after_time_served_is_legal_aid(string text) =>
        Assert.Equal("faq:legal-aid", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("我在工厂干了五年了 社保断缴了怎么补")]
    [InlineData("干了两年了 社保卡丢了怎么补办")]
    public void The_social_insurance_offices_matters_after_the_same_story_fall_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);
}
