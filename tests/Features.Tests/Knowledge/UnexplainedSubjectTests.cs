using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, honest fallback by a general rule rather than a subject list: a question whose thing no knowledge entry
/// knows (驾校, 鱼缸, 游泳馆…; none of them in the out-of-scope lists) and whose best topics share only generic words
/// with it (报名, 申请, 办理, 材料, 怎么办) is out of scope. A question a topic explains by its own words is still
/// answered, however many unknown words stand around it. Written from meaning, not from evaluation lines.
/// </summary>
public sealed class UnexplainedSubjectTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("驾校报名要带什么")]
    [InlineData("游泳馆的年卡怎么申请退")]
    [InlineData("翡翠鉴定证书怎么办理")]
    [InlineData("鱼缸的水多久换一次")]
    [InlineData("钢琴考级怎么申请")]
    [InlineData("咖啡机怎么除垢")]
    [InlineData("电动车上牌怎么办理")]
    [InlineData("帐篷哪种好")]
    [InlineData("二手车过户要什么材料")]
    public void A_thing_no_entry_knows_asked_with_generic_words_gets_the_honest_fallback(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.True(read.Intent == Intent.None, $"{text} → {read.Label}");
        Assert.True(read.OffTopic, text);
    }

    [Theory]
    [InlineData("钱包让人偷了，工会卡也在里面", "faq:member-card-lost")]
    [InlineData("工会帮扶怎么申请", "faq:hardship")]
    [InlineData("互助保障报销要带什么材料", "faq:mutual-aid-claim")]
    [InlineData("在驾校当教练，能入工会吗", "faq:join-union")]
    [InlineData("我在游泳馆当救生员，能入工会吗", "faq:join-union")]
    [InlineData("开电动车送外卖的，冬天有地方歇脚吗", "faq:outdoor-station")]
    [InlineData("老板拖着工资不发，还扣我押金", "faq:wage-arrears")]
    public void A_question_a_topic_explains_by_its_own_words_is_still_answered(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>
    /// A topic's short word (外卖, 滴滴, 培训) that only says who the member is or whose thing it is: the noun it describes
    /// (送外卖的电瓶车) is asked. An overview's word (报名, sign up) is anyone's: the thing named beside it decides.
    /// </summary>
    [Theory]
    [InlineData("送外卖的电瓶车刹车片多久换一次")]
    [InlineData("滴滴司机的行程单怎么打印")]
    [InlineData("培训学校的教材可以退吗")]
    [InlineData("钢琴考级在哪报名")]
    [InlineData("孩子学校运动会报名表怎么填")]
    [InlineData("how do i sign up for the half marathon")]
    public void A_topic_word_that_only_sets_the_scene_does_not_answer_a_thing_no_entry_knows(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.True(read.Intent == Intent.None, $"{text} → {read.Label}");
        Assert.True(read.OffTopic, text);
    }

    /// <summary>What the topic itself does or has (the check-up's items, its day, who may come) stays the topic's question.</summary>
    [Theory]
    [InlineData("体检项目里有没有胃镜", "faq:health-checkup")]
    [InlineData("体检那天要空腹吗", "faq:health-checkup")]
    [InlineData("体检能带家属吗", "faq:health-checkup")]
    [InlineData("外卖小哥下雨天有没有躲雨的驿站", "faq:outdoor-station")]
    [InlineData("网约车司机能参加互助保障吗", "faq:mutual-aid-join")]
    [InlineData("瑜伽活动在哪报名", "club:club-yoga")]
    [InlineData("签到码在哪看", "faq:checkin-howto")]
    [InlineData("瑜伽课要自带垫子吗", "club:club-yoga")]
    public void What_the_topic_itself_does_or_has_keeps_the_topic(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
