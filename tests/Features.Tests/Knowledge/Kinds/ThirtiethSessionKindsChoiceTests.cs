using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 30 (choice40, choice questions): a choice asked without a question word. Weighing an action against
/// leaving it ("我是该退订还是留着", "报还是不报") is a question about it, never an order, and the 不 of a doubled verb
/// (取不取消, 要不要交报名费) negates nothing, so it is not declined either; a choice between two styles,
/// two kits or two moves of a pastime ("陈式好还是杨式好", "用手机还是单反") is anyone's question, not its club's, while
/// a choice about the club itself (its place, its times, who pays for the materials) stays the club's; two clubs weighed
/// against each other (书法社和摄影社哪个…) get the clubs overview, unless weighed for the body. Sentences
/// written for this test, not taken from an eval file.
/// </summary>
public sealed class ThirtiethSessionKindsChoiceTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("我是该退订还是继续留着呢 消息有点多")]
    [InlineData("到底退订还是不退订 我也拿不准")]
    [InlineData("我是该取消报名还是硬着头皮去")]
    public void Weighing_an_action_against_leaving_it_never_acts(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.False(read.Acts, $"{text}: {read.Label}");
    }

    [Theory]
    [InlineData("这周的书法课取不取消呢 还没想好")]
    [InlineData("单身联谊会要不要交报名费")]
    public void The_not_of_a_doubled_verb_negates_nothing(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.False(read.Acts, $"{text}: {read.Label}");
        Assert.NotEqual("intent:declined", read.Label);
    }

    [Fact]
    public void A_fee_asked_with_a_doubled_verb_is_the_topics() => Assert.Equal("faq:singles", Recognizer.Recognize("单身联谊会要不要交报名费").Label);

    [Theory]
    [InlineData("退订", "unsubscribe")]
    [InlineData("想了想还是把周六的报名取消吧", "cancelsignup")]
    [InlineData("别再给我推送了 还是退订吧", "unsubscribe")]
    public void An_order_or_a_choice_settled_with_haishi_still_acts(string text, string action)
    {
        var read = Recognizer.Recognize(text);
        Assert.True(read.Acts, $"{text}: {read.Label}");
        Assert.Equal("intent:" + action, read.Label);
    }

    [Theory]
    [InlineData("打太极穿布鞋还是运动鞋")]
    [InlineData("书法入门先练楷书还是行书")]
    [InlineData("拍星空用广角还是长焦")]
    [InlineData("网球拍买碳素的还是铝合金的")]
    public void A_choice_between_a_pastimes_styles_or_kits_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("书法俱乐部的笔墨是自己带还是俱乐部发", "club:club-calligraphy")]
    [InlineData("网球俱乐部是周六还是周日", "club:club-tennis")]
    [InlineData("工会的太极拳班是早上练还是晚上练", "club:club-taichi")]
    public void A_choice_about_the_club_itself_stays_the_clubs(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("书法社和摄影社哪个人多")]
    [InlineData("chess club or dance club, which one should i try first")]
    public void Two_clubs_weighed_against_each_other_get_the_clubs_overview(string text) =>
        Assert.Equal("faq:clubs", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("太极还是瑜伽对膝盖好")]
    [InlineData("打网球还是跳舞减肥快")]
    public void Two_pastimes_weighed_for_the_body_do_not_get_the_clubs_overview(string text) =>
        Assert.NotEqual("faq:clubs", Recognizer.Recognize(text).Label);
}
