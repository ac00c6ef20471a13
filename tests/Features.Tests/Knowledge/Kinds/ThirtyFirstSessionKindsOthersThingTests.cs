using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 31 (oos41): someone else's thing told with a union word in it (out-of-scope-21, tests/Eval/README.md): gear's
/// size, price and brand, what a check-up or screening found, the age a child starts a pastime, a loan overdue and its
/// collectors, a business called a club, a fund, a pet's care, a school's club (no sign-up); and a
/// topic's word inside another topic's longer word (会员服务 in 会员服务卡). Sentences written fresh for each kind, not
/// taken from an evaluation file.
/// </summary>
public sealed class ThirtyFirstSessionKindsOthersThingTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    [Theory]
    [InlineData("舞蹈鞋要买大一码吗")] // the gear's size: the shop's or the maker's
    [InlineData("跑鞋一般买大半码吗")]
    [InlineData("相机镜头价格贵不贵")] // its price
    [InlineData("tennis racket prices")]
    [InlineData("how much does a decent tennis racket cost")]
    [InlineData("tai chi sword price")]
    [InlineData("best chess set brand")] // its brand
    public void Gears_size_price_or_brand_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("乳腺彩超说有个结节要不要复查")] // what a screening or check-up found, weighed: the doctor's to read
    [InlineData("宫颈活检结果是良性的吗")]
    [InlineData("乳腺增生会癌变吗")]
    [InlineData("体检单上转氨酶后面有个箭头啥意思")]
    [InlineData("my checkup says high cholesterol, is it serious")]
    public void A_finding_weighed_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("女儿多大适合学跳舞")] // the age a child starts a pastime: a coach's or a school's
    [InlineData("小朋友几岁能学下棋")]
    [InlineData("what age is best to start tennis")]
    [InlineData("how old should a child be to start tai chi")]
    public void The_age_a_child_starts_a_pastime_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("网贷逾期打电话协商能延期吗")] // a loan overdue and its collectors: the lender's, whoever they call
    [InlineData("朋友网贷逾期了人家打电话问我")]
    [InlineData("my loan is overdue and the debt collector keeps calling")]
    public void A_loan_overdue_and_its_collectors_fall_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("how do i join sams club")] // a business called a club: its membership is its own
    [InlineData("what is a mutual fund")] // a fund, not the mutual aid
    [InlineData("my dog needs a health checkup")] // a pet's check-up or mood: the vet's
    [InlineData("猫咪体检一般查哪些项目")]
    [InlineData("my cat seems stressed after moving")]
    public void A_business_club_a_fund_or_a_pet_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("my son wants to join the school chess club but its expensive, is it worth it")] // a school's club: no sign-up
    [InlineData("my daughter joined the school photography club, what camera should she get")]
    public void A_school_club_starts_no_sign_up(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent); // None never acts

    [Theory]
    [InlineData("会员服务卡丢了怎么补", "faq:member-card-lost")] // the card's whole name said: benefits' 会员服务 inside it was not said
    [InlineData("会员服务卡丢了咋整", "faq:member-card-lost")]
    [InlineData("会员服务卡坏了怎么办", "faq:member-card-lost")]
    [InlineData("会员服务都包括啥", "faq:benefits")] // said on its own it still is
    public void A_word_inside_another_entrys_longer_word_was_not_said(string text, string label) =>
        Assert.Equal(label, Shipped.Recognize(text).Label);

    [Theory]
    [InlineData("工会网球俱乐部的球拍要自己买吗", "club:club-tennis")] // a club named beside the gear: the club's
    [InlineData("工会瑜伽课的垫子多少钱", "club:club-yoga")]
    [InlineData("两癌筛查发现异常工会能免费复查吗", "faq:cancer-screening")] // the screening asked for: the union's
    [InlineData("女职工乳腺筛查复查在哪做", "faq:cancer-screening")]
    [InlineData("体检报告什么时候能拿到", "faq:health-checkup")]
    [InlineData("几岁可以加入摄影俱乐部", "club:club-photography")] // joining a club at an age
    [InlineData("老板拖欠工资三个月了咋办", "faq:wage-arrears")]
    [InlineData("how do i join the union chess club", "club:club-chess")]
    [InlineData("工会有心理咨询吗", "faq:counselling")]
    [InlineData("sign me up for the union chess club", "intent:signup")]
    public void The_unions_own_service_in_the_same_words_is_still_answered(string text, string label) =>
        Assert.Equal(label, Shipped.Recognize(text).Label);
}
