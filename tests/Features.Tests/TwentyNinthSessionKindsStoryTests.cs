using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests;

/// <summary>
/// Session 29 (oos39, long stories): a story set in the union (its club's outing, the hardship aid it gave, its
/// insurance) whose asked part is someone else's matter or everyday life (the weather, a repair, a recipe, a cough
/// medicine) falls back, as a story about work did already; the union named in the asked part, a follow-up asking to
/// take part in or do what the story named, and a follow-up of the story's own question about the union keep the
/// union's answer. Sentences written for this test, not taken from an eval file.
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
