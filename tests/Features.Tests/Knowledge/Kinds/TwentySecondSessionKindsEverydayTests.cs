using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 22's everyday kinds, each in sentences of its own (not evaluation lines), all answered wrong before:
/// how to get the card or into mutual aid asked with the family's name and a verb of getting (申请, 发下来, 加进去,
/// 续, get in) that the name's score left far behind; gifts every member gets on a festival or birthday (中秋, 端午,
/// 三八节, 过节费, 过生日), which are benefits, not the new-year warmth visits; a family sunk in debt (欠债, 积蓄花光),
/// which is hardship. Beside them, a question about what the thing is keeps the parent's answer.
/// </summary>
public sealed class TwentySecondSessionKindsEverydayTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("工会服务卡我想申请一张 该找谁", "faq:member-card-apply")]
    [InlineData("工会卡啥时候能发下来", "faq:member-card-apply")]
    [InlineData("my union card still hasn't arrived, where do i collect it", "faq:member-card-apply")]
    [InlineData("互助保障我们单位能不能加进去", "faq:mutual-aid-join")]
    [InlineData("工会互助保障明年还能接着续吗", "faq:mutual-aid-join")]
    [InlineData("how do i get in on the mutual aid scheme", "faq:mutual-aid-join")]
    public void A_verb_of_getting_picks_the_child_however_far_behind(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会那个交了钱住院能报的保障是什么", "faq:mutual-aid")]
    [InlineData("京卡到底是个啥东西", "faq:member-card")]
    public void What_the_thing_is_keeps_the_parent(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("会员过生日工会给准备啥")]
    [InlineData("端午节工会给会员发点啥不")]
    [InlineData("工会中秋节发月饼吗 我们车间还没发")]
    [InlineData("三八节工会给女会员发啥礼品")]
    [InlineData("过节费工会有没有")]
    public void Festival_and_birthday_gifts_are_benefits(string text) => Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);

    [Fact]
    public void New_year_visits_to_families_in_need_stay_warmth() => Assert.Equal("faq:warmth", Recognizer.Recognize("过年工会来家里看望困难户吗").Label);

    [Theory]
    [InlineData("家里人得了重病 欠了好多债 工会能帮一把吗")]
    [InlineData("看病欠了一堆债 工会能不能帮衬点")]
    [InlineData("积蓄花光了还欠着债 工会能帮吗")]
    public void A_family_in_debt_is_hardship(string text) => Assert.Equal("faq:hardship", Recognizer.Recognize(text).Label);
}
