using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Whose service the question asks for (session 22, helper oos25), in sentences of its own (not evaluation lines): a
/// topic's word owned by another establishment (驾校的培训, 大学里的心理咨询中心, 少年宫的舞蹈培训, 学院组织的比赛) is that
/// establishment's, found by its meaning class, not by a list of schools and shops. Beside them, the member's own
/// workplace (我们医院, 咱们学校, 厂里, 钢厂) keeps the union's answer. Choosing among businesses (哪家…好/实惠/专业) is
/// a consumer's question whatever they sell; where the union's service is done (在哪家医院做) is not a choice. In English,
/// a hospital the member goes to or picks is the member's errand, unless the bill or a claim is asked about.
/// </summary>
public sealed class TwentySecondSessionKindsOwnerTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("驾校的理论培训要去几次")]
    [InlineData("大学里的心理咨询中心怎么预约")]
    [InlineData("少年宫的舞蹈培训怎么收费")]
    [InlineData("学院组织的技能比赛能参加吗")]
    public void Another_establishments_service_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("我们医院的母婴室在几楼", "faq:nursing-room")]
    [InlineData("咱们学校有没有母婴室", "faq:nursing-room")]
    [InlineData("厂里的技能比武什么时候", "faq:labour-competition")]
    [InlineData("钢厂的技能大赛几月份", "faq:labour-competition")]
    public void The_members_own_workplace_keeps_the_unions_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("瑜伽私教哪家正规")]
    [InlineData("网球培训班哪家性价比高")]
    [InlineData("书法培训机构哪家实惠")]
    [InlineData("心理咨询机构哪家专业")]
    public void Choosing_among_businesses_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("两癌筛查在哪家医院做", "faq:cancer-screening")]
    [InlineData("户外驿站哪家离我近", "faq:outdoor-station")]
    public void Where_the_unions_service_is_done_is_no_choice(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("my son threw up twice tonight, should i take him to the hospital")]
    [InlineData("which hospital is good for back pain in fengtai")]
    [InlineData("my mom fell down, do we go to the emergency room or wait")]
    public void A_hospital_the_member_goes_to_is_their_errand(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("i was in hospital for a week, can mutual aid cover the bill", "faq:mutual-aid-claim")]
    [InlineData("do i have to go to the hospital for the checkup", "faq:health-checkup")]
    public void A_hospitals_bill_or_the_unions_service_there_stays_ours(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
