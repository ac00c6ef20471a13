using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (oos33): someone else's service asked in the union's words (电话, 客服, 报销, 报名, 卡, 驿站), each fixed as a
/// kind and tried on sentences written for this test, not taken from an eval file; beside them, the union's own service
/// asked in the same words, which must keep its answer.
/// </summary>
public sealed class TwentyEighthSessionKindsWhoseServiceTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: another body's phone line (an office, a utility, a bank), named as its owner, is that body's number.</summary>
    [Theory]
    [InlineData("街道社保所的咨询电话是多少")]
    [InlineData("自来水公司报修电话多少")]
    [InlineData("银行大堂经理态度太差了 投诉电话多少")]
    [InlineData("区税务局的办事电话")]
    [InlineData("what's the phone number for the tax office")]
    [InlineData("hotline of the water company please")]
    public void Another_bodys_phone_line_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's line, or a line asked about work, stays the worker hotline.</summary>
    [Theory]
    [InlineData("工会维权电话多少")]
    [InlineData("不想打市民热线 工会有没有电话")]
    [InlineData("union phone number for help with my boss")]
    public void The_unions_line_is_the_hotline(string text) => Assert.Equal("faq:hotline-12351", Recognizer.Recognize(text).Label);

    /// <summary>Kind: the public serious-illness insurance (大病保险) and its second reimbursement are the insurance office's.</summary>
    [Theory]
    [InlineData("大病保险二次报销怎么申请")]
    [InlineData("城乡居民大病保险能报多少")]
    public void Public_serious_illness_insurance_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>What 医保 leaves unpaid, asked of the union's mutual aid, stays ours.</summary>
    [Fact]
    public void What_medical_insurance_leaves_is_mutual_aid() =>
        Assert.StartsWith("faq:mutual-aid", Recognizer.Recognize("医保报完自费的部分工会互助能报吗").Label, StringComparison.Ordinal);

    /// <summary>Kind: social insurance the member pays alone (a flexible or self-employed worker's) is the office's matter.</summary>
    [Theory]
    [InlineData("灵活就业的养老保险自己怎么缴")]
    [InlineData("灵活就业人员的社保在哪交")]
    [InlineData("how do freelancers pay social insurance by themselves")]
    public void Social_insurance_paid_alone_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>An employer that does not pay it is a work dispute; a flexible worker joining is joining.</summary>
    [Theory]
    [InlineData("公司让我自己交社保 合法吗", "faq:legal-aid")]
    [InlineData("公司不给交社保怎么办", "faq:legal-aid")]
    [InlineData("我是灵活就业人员 能入工会吗", "faq:join-union")]
    public void An_employer_or_joining_stays_ours(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: the state's retirement procedure named in English is the social insurance office's, as 退休手续 is.</summary>
    [Theory]
    [InlineData("I need my retirement paperwork done next month, where do I go")]
    [InlineData("retirement procedures for my dad, which papers does he bring")]
    public void Retirement_procedures_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a shop's after-sales in English (返修, 退换) is the shop's, as 售后 is.</summary>
    [Theory]
    [InlineData("JD after sales refused my claim for a broken kettle")]
    [InlineData("after sales wont pay me back for the heater that broke")]
    public void After_sales_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a person asked for at a platform's or seller's own desk is theirs, not a hand-off to the union's staff.</summary>
    [Theory]
    [InlineData("平台客服一直是机器人 怎么转人工")]
    [InlineData("商家客服不理人 怎么找真人")]
    [InlineData("app里的客服转人工在哪")]
    public void A_sellers_desk_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Asking for the union's person, bare or as its desk, is the hand-off.</summary>
    [Theory]
    [InlineData("我要转人工")]
    [InlineData("帮我转人工客服")]
    public void Asking_for_our_person_is_the_handoff(string text) => Assert.Equal("intent:handoff", Recognizer.Recognize(text).Label);

    /// <summary>Kind: the employer's own annual party or team building (HR's and the department's) is not a union activity.</summary>
    [Theory]
    [InlineData("公司团建报名截止了吗")]
    [InlineData("部门年会节目谁负责报名")]
    public void The_employers_own_occasion_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Signing up for the union's activity is the sign-up answer.</summary>
    [Fact]
    public void A_union_activitys_sign_up_stays() => Assert.Equal("faq:signup-howto", Recognizer.Recognize("工会组织的活动怎么报名").Label);

    /// <summary>Kind: a hospital's patient card (京医通, 就诊卡) lost is the hospital's to replace, not the member card.</summary>
    [Theory]
    [InlineData("京医通的卡掉了能补办吗")]
    [InlineData("孩子的就诊卡找不到了")]
    public void A_hospital_card_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's card lost stays the lost-card answer.</summary>
    [Fact]
    public void The_union_card_lost_stays() => Assert.Equal("faq:member-card-lost", Recognizer.Recognize("工会卡丢了怎么补").Label);

    /// <summary>Kind: a parcel station's pickup (菜鸟驿站, 取件码) is the courier's, not the union's rest station.</summary>
    [Theory]
    [InlineData("菜鸟驿站的取件码在哪看")]
    [InlineData("取件码过期了还能拿快递吗")]
    public void A_parcel_pickup_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>
    /// Kinds the learned examples of out-of-scope-13 tipped the wrong way elsewhere: a hospital's own bill (its deposit, a
    /// bed fee), a magazine's or newspaper's contest, a profession's licensing exam (teacher, lawyer).
    /// </summary>
    [Theory]
    [InlineData("住院押金交多了出院时能退回来吗")]
    [InlineData("晚报办的征文比赛怎么投稿")]
    [InlineData("教资笔试要报个培训班吗")]
    public void A_hospitals_bill_a_publications_contest_or_a_licensing_exam_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own contest and courses stay ours.</summary>
    [Theory]
    [InlineData("工会的摄影比赛怎么投稿", "club:club-photography")]
    [InlineData("焊工证培训工会有补贴吗", "faq:skills-training")]
    public void The_unions_contest_and_courses_stay(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: a carrier's or property manager's technician coming to the door (师傅, 上门) is their service, not a warmth visit.</summary>
    [Theory]
    [InlineData("联通的宽带师傅什么时候上门")]
    [InlineData("物业的维修师傅几点上门")]
    public void Another_owners_technician_visit_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own visit stays the warmth visit.</summary>
    [Fact]
    public void The_unions_visit_stays() => Assert.Equal("faq:warmth", Recognizer.Recognize("工会送温暖会上门慰问吗").Label);

    /// <summary>Kind: a parcel's delivery and the city's or consumers' hotline, said in English, are the courier's and the city's.</summary>
    [Theory]
    [InlineData("my parcel says delivered but the courier never came")]
    [InlineData("whats the number of the citizen hotline")]
    [InlineData("can the mayors hotline help with a broken streetlight")]
    public void A_parcels_delivery_or_the_citys_hotline_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The worker hotline and the couriers' rest station, asked in English, stay ours.</summary>
    [Theory]
    [InlineData("is there a hotline for workers whose pay is late", "faq:hotline-12351")]
    [InlineData("where can couriers rest and charge their phones", "faq:outdoor-station")]
    public void The_worker_hotline_and_the_rest_station_stay(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>The rest station for outdoor workers stays the station.</summary>
    [Fact]
    public void The_rest_station_stays() => Assert.Equal("faq:outdoor-station", Recognizer.Recognize("户外劳动者驿站几点开门").Label);
}
