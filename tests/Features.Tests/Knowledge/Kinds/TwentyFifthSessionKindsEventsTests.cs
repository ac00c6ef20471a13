using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Kinds of miss found on probes-events.tsv's tuned half (session 25): questions asked around a life event. Each
/// theory's sentences were written fresh, not taken from any eval file.
/// </summary>
public sealed class TwentyFifthSessionKindsEventsTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>
    /// A gift or a visit at a life event (礼金, 红包, 慰问金, 探望, condolences at a wedding, a birth, a stay in hospital, a
    /// death) asked of the union is a member benefit, also where 慰问 or 住院 would make the festival visits or the insurance lead.
    /// </summary>
    [Theory]
    [InlineData("儿子下个月娶媳妇 工会有礼金吗")]
    [InlineData("我公公过世了 工会那边有慰问金吗")]
    [InlineData("just tied the knot, does the union do a wedding gift")]
    [InlineData("my mother passed away last week, does the union send condolences")]
    public void A_gift_at_a_life_event_asked_of_the_union_is_a_benefit(string text) =>
        Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);

    /// <summary>An operation or an accident told as the occasion of a question put to the union is not its subject.</summary>
    [Theory]
    [InlineData("刚做完膝盖手术 找工会报销要准备啥", "faq:mutual-aid-claim")]
    [InlineData("刚做完心脏搭桥手术 找工会报销都要啥", "faq:mutual-aid-claim")]
    [InlineData("做完手术出院了 工会那边咋报", "faq:mutual-aid-claim")]
    [InlineData("出了车祸腿断了 工会能给点慰问不", "faq:benefits")]
    public void A_life_event_told_as_the_occasion_is_not_the_subject(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>
    /// Asked of no one, or where to go for the event itself, the event stays someone else's matter: a guard for the rule
    /// above; the certificates fell to the training topic's "certificate" before.
    /// </summary>
    [Theory]
    [InlineData("胆囊手术哪家医院做得好")]
    [InlineData("where do i apply for a death certificate")]
    [InlineData("where do i get a marriage certificate")]
    [InlineData("how much does cremation cost in beijing")]
    [InlineData("funeral home near chaoyang, any good ones")]
    public void A_life_events_own_service_stays_out_of_scope(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The claim's papers in everyday words (诊断书, 原件, 复印件, 出院记录) beside the mutual aid: how to claim.</summary>
    [Theory]
    [InlineData("互助金申请 发票要原件还是复印件")]
    [InlineData("工会互助金 诊断书交复印件行不")]
    public void The_claims_papers_in_everyday_words_are_the_claim(string text) =>
        Assert.Equal("faq:mutual-aid-claim", Recognizer.Recognize(text).Label);

    /// <summary>
    /// A worker's own degree study (夜大, 在职研究生) and its fees: the study subsidy, not a child's school aid. Partly
    /// fixed: a two-character study word beside 学费 (自考学费, 成考学费) still goes to hardship's 学费.
    /// </summary>
    [Theory]
    [InlineData("在职研究生的学费 工会能给点不")]
    [InlineData("想上夜大 工会有补贴没")]
    public void A_workers_own_degree_study_is_skills_training(string text) =>
        Assert.Equal("faq:skills-training", Recognizer.Recognize(text).Label);
}
