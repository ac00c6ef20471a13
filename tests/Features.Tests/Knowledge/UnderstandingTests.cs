using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Issue 17's examples through the shipped recognizer: slips, everyday words, whole words, scope, two questions.</summary>
public sealed class UnderstandingTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("太级拳在哪练", "club:club-taichi")]
    [InlineData("鱼伽课几点", "club:club-yoga")]
    [InlineData("互主保障保什么", "faq:mutual-aid")]
    [InlineData("心理咨循怎么预约", "faq:counselling")]
    [InlineData("网秋俱乐部", "club:club-tennis")]
    [InlineData("职工提检怎么预约", "faq:health-checkup")]
    [InlineData("宝宝六个月，上班时想找地方吸奶", "faq:nursing-room")]
    [InlineData("老板跑路了三个月没发钱", "faq:wage-arrears")]
    [InlineData("开网约车的能入会吗", "faq:join-union")]
    [InlineData("压力大到整夜失眠", "faq:counselling")]
    [InlineData("摄影社最近有外拍活动吗？", "club:club-photography")]
    [InlineData("报名后怎么取消？", "faq:signup-howto")]
    [InlineData("How do I cancel my club sign-up?", "faq:signup-howto")]
    [InlineData("报名截止是哪天", "faq:signup-howto")]
    [InlineData("我报了哪些", "intent:mysignups")]
    [InlineData("不想报了", "intent:declined")]
    [InlineData("網球肘怎么治", "none")]
    [InlineData("吸奶器哪个牌子好", "none")]
    [InlineData("会员卡怎么办理，要带身份证吗", "faq:member-card-apply")]
    [InlineData("會員卡丟了怎麼辦", "faq:member-card-lost")]
    [InlineData("砖人工", "intent:handoff")]
    [InlineData("谢谢小助手", "intent:thanks")]
    [InlineData("网球俱乐部要自己带拍子吗", "club:club-tennis")]
    [InlineData("union card lost, how do i get a new one", "faq:member-card-lost")]
    [InlineData("what's the union card for", "faq:member-card")]
    [InlineData("书画协会怎么加入", "club:club-calligraphy")]
    [InlineData("会员服务卡没了怎么办", "faq:member-card-lost")]
    [InlineData("舞蹈俱乐部多久活动一次", "club:club-dance")]
    [InlineData("i feel stressed out all the time, can i talk to someone?", "faq:counselling|intent:handoff")]
    [InlineData("能找个真人聊吗", "intent:handoff")]
    public void Understands_what_members_write(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("太级拳", "太极拳")]
    [InlineData("鱼伽", "瑜伽")]
    [InlineData("互主保障", "互助保障")]
    [InlineData("心理咨循", "心理咨询")]
    [InlineData("网秋", "网球")]
    [InlineData("心里有点烦", "心里有点烦")]
    [InlineData("机能下降", "机能下降")]
    [InlineData("我们公司想给员工上互助保障", "我们公司想给员工上互助保障")]
    [InlineData("这个保障到底保哪些病", "这个保障到底保哪些病")]
    [InlineData("单身交友活动是免费的吗", "单身交友活动是免费的吗")]
    [InlineData("我还没到 能先签到吗", "我还没到 能先签到吗")]
    public void Corrects_slips_of_the_knowledge_bases_terms_only(string text, string corrected) =>
        Assert.Equal(corrected, KnowledgeBase.FromShippedContent().Current.Index.Corrector.Correct(text));

    [Fact]
    public void A_short_topic_word_inside_a_longer_word_does_not_decide()
    {
        var snapshot = KnowledgeBase.FromShippedContent().Current;
        var tokens = snapshot.Index.Segmenter.Cut("领导不让请假");

        Assert.False(WholeWord.Contains("领导不让请假", "领", latin: false, ChineseSegmenter.Boundaries("领导不让请假", tokens)));
        Assert.NotEqual("faq:member-card-apply", Recognizer.Recognize("领导不让请假").Label);
        Assert.NotNull(snapshot.Find("member-card-apply"));
    }

    [Theory]
    [InlineData("今天天气怎么样", Referral.None)]
    [InlineData("公司的个税怎么算", Referral.Hotline12351)]
    [InlineData("工会的公积金怎么提取", Referral.UnionOffice)]
    public void Out_of_scope_is_said_honestly_with_the_right_referral(string text, Referral referral)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(Intent.None, result.Intent);
        Assert.True(result.OffTopic);
        Assert.Equal(referral, result.Referral);
    }

    [Fact]
    public void Two_questions_are_both_understood_in_the_order_asked()
    {
        var result = Recognizer.Recognize("会员卡丢了怎么补办？另外互助保障住院怎么报销？");

        Assert.Equal("member-card-lost", result.Top!.Entry.Id);
        Assert.Equal("faq:member-card-lost|faq:mutual-aid-claim", result.Label);
    }

    [Fact]
    public void A_long_story_is_understood_from_its_question()
    {
        var result = Recognizer.Recognize("我在工地干了大半年，前几个月还正常发，从九月开始老板说资金紧张，一直拖着，现在电话也不接了。这种情况工资还能要回来吗？");

        Assert.Equal("faq:wage-arrears", result.Label);
    }

    [Theory]
    [InlineData("通知关了以后还能收到活动消息不")]
    [InlineData("周六瑜伽能报不")]
    [InlineData("想问下取消报名会不会影响下次")]
    public void A_question_closed_by_not_or_asked_politely_does_not_act(string text) =>
        Assert.False(Recognizer.Recognize(text).Acts);
}
