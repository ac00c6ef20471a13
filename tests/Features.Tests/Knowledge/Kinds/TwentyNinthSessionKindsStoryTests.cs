using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 29 (oos39, long stories): a story set in the union (its club's outing, the hardship aid it gave, its
/// insurance) whose asked part is someone else's matter or everyday life (the weather, a repair, a recipe, a cough
/// medicine) falls back, as a story about work did already; the union named in the asked part, a follow-up asking to
/// take part in or do what the story named, and a follow-up of the story's own question about the union keep the
/// union's answer. A sign-up or activity told in the story ("我报了名", "工会活动下周在…") before someone else's question
/// lists neither. Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class TwentyNinthSessionKindsStoryTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("工会组织的摄影外拍我已经报名了，这次是去十渡，同事说那边山路不好走，十渡这几天天气怎么样，会下雨吗")]
    [InlineData("工会去年帮我申请过困难补助，今年家里冰箱又坏了，冰箱不制冷了找哪里修比较靠谱")]
    [InlineData("我在工会的网球俱乐部打球，球友是开火锅店的，他说要教我做底料，牛油火锅底料怎么炒才香")]
    [InlineData("工会给我们单位上了互助保障，我老婆最近老是咳嗽，咳了半个月了，吃什么药好得快")]
    public void A_story_set_in_the_union_asking_someone_elses_matter_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会的徒步活动这周日在香山，我报了名交了钱，想问问周日香山那边会不会下雨")]
    [InlineData("摄影俱乐部下周去坝上拍草原，我报了名，想问问下周坝上那边的气温多少度，要带羽绒服吗")]
    [InlineData("工会的新年联欢活动下周五在单位礼堂办，领导说晚饭自己解决，单位附近有啥好吃的馆子")]
    public void A_sign_up_or_activity_told_before_someone_elses_question_lists_nothing(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("这周末天气不错，不想在家待着，工会这周末有什么活动吗", "intent:activities")]
    [InlineData("最近报了好几个工会的活动，天天加班都记不清了，想问问我现在一共报了哪些", "intent:mysignups")]
    public void Listings_asked_after_a_story_are_still_listed(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("加班费发下来了，工会的同事劝我存起来别乱花，我想问问现在银行的定期存款利率是多少")]
    [InlineData("参加完工会的舞蹈排练回家，发现电动车充不进电了，电动车电池换一块新的大概多少钱")]
    [InlineData("the union yoga club meets on thursdays and i never miss it, but my phone screen cracked last night. where can i get it fixed cheap?")]
    public void Look_alikes_that_fell_back_before_still_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("下班没事干，听说工会有个太极拳俱乐部，一周练两次，我这种腿脚不灵便的也能参加吗", "club:club-taichi")]
    [InlineData("My union card got lost on the subway, how do I report it? Can I do it at the bank counter?", "faq:member-card-lost")]
    [InlineData("工会会员卡坐地铁的时候弄丢了，挂失怎么弄，在银行柜台能办吗", "faq:member-card-lost")]
    [InlineData("我老婆最近总是咳嗽，去医院拍了片子花了两千多，工会的互助保障能报这个吗", "faq:mutual-aid-claim")]
    [InlineData("我在工地上干了半年，包工头一直拖着工钱，工会能帮我们要回来吗，要准备什么材料", "faq:wage-arrears")]
    public void The_unions_own_question_at_the_end_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
