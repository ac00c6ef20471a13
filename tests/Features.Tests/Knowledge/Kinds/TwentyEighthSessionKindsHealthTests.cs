using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (oos34): medical questions and another institution's enrolment, booking or cancellation, each fixed as a
/// kind and tried on sentences written for this test, not taken from an eval file; beside them, the union's own service,
/// sign-up or cancellation in the same words, which must keep its answer. None of the others' orders may act.
/// </summary>
public sealed class TwentyEighthSessionKindsHealthTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: which medicine to take, for stress, low mood or sleep as for a check-up's finding or while nursing, is the doctor's question.</summary>
    [Theory]
    [InlineData("what medication helps with stress")]
    [InlineData("is it ok to take sleeping pills every night")]
    [InlineData("体检说血脂高 要不要吃药")]
    [InlineData("喂奶期间能吃止痛药吗")]
    [InlineData("心情老是很差 有没有吃了能开心点的药")]
    [InlineData("压力山大 天天心慌 吃啥药管用")]
    [InlineData("心理压力大吃药有用吗")]
    [InlineData("最近老是睡不着 吃点啥药好")] // session 27's learned model answered it as counselling (TwentySeventhSessionKindsLearnedTests)
    public void Which_medicine_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>A person to talk to asked for, or the union named, is still counselling.</summary>
    [Theory]
    [InlineData("压力大不想吃药 想找个心理老师聊聊")]
    [InlineData("i would rather not take pills, can i talk to a counsellor")]
    [InlineData("工会的心理咨询能开药吗")]
    public void A_person_asked_for_beside_medicine_is_counselling(string text) => Assert.Equal("faq:counselling", Recognizer.Recognize(text).Label);

    /// <summary>Kind: enrolling at, booking with or calling off a driving school, a hospital, a clinic or a daycare is theirs: it falls back and never acts.</summary>
    [Theory]
    [InlineData("sign me up at the driving school near my home")]
    [InlineData("cancel my hospital appointment on thursday")]
    [InlineData("i need to cancel my daycare enrollment")]
    [InlineData("cancel my clinic booking")]
    public void Anothers_booking_falls_back_without_acting(string text) => FallsBackWithoutActing(text);

    /// <summary>The union's own class or activity ordered the same way still acts.</summary>
    [Theory]
    [InlineData("sign me up for the union yoga class", "intent:signup")]
    [InlineData("cancel my signup for saturday tai chi", "intent:cancelsignup")]
    [InlineData("i was in hospital for a week, how do i register a mutual aid claim", "faq:mutual-aid-claim")]
    public void The_unions_own_sign_up_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: a state qualification or civil-service exam's registration (教资, 国考, 省考), asked or ordered, is the exam body's.</summary>
    [Theory]
    [InlineData("帮我报名今年的省考")]
    [InlineData("帮我报个今年的国考")]
    [InlineData("教资面试什么时候报名")]
    [InlineData("教师资格证笔试在哪报名")]
    [InlineData("省考报名截止是几号")]
    public void A_state_exams_registration_falls_back(string text) => FallsBackWithoutActing(text);

    /// <summary>The union's own trade course and its activities' deadline stay the union's.</summary>
    [Theory]
    [InlineData("工会的电工证培训怎么报名", "faq:skills-training")]
    [InlineData("工会活动报名截止是几号", "faq:signup-howto")]
    public void The_unions_own_course_and_deadline_keep_their_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: calling off a sign-up named as an exam's or a school's own never acts.</summary>
    [Theory]
    [InlineData("取消我的教资考试报名")]
    [InlineData("把驾校的报名取消了")]
    [InlineData("cancel my civil service exam registration")]
    public void Calling_off_an_exams_or_schools_registration_does_not_act(string text) => FallsBackWithoutActing(text);

    /// <summary>A reason told before the member's own sign-up (the rain), or a club named, is still a cancellation.</summary>
    [Theory]
    [InlineData("下雨了取消周六的报名")]
    [InlineData("帮我取消周日瑜伽的报名")]
    public void A_reason_beside_ones_own_sign_up_still_cancels(string text) => Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>Kind: the body's numbers a pastime moves (heart rate, calories, body fat, protein) are a coach's or a doctor's, not the club's.</summary>
    [Theory]
    [InlineData("打太极拳心率多少合适")]
    [InlineData("跳舞能减多少体脂")]
    [InlineData("练完瑜伽吃多少蛋白质合适")]
    [InlineData("is tai chi enough to lower my bmi")]
    [InlineData("how many calories does tai chi burn")]
    public void A_pastimes_body_numbers_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The club asked about, or the check-up's own measure, keeps its answer.</summary>
    [Theory]
    [InlineData("太极拳俱乐部活动强度大吗 心率高的人能参加吗", "club:club-taichi")]
    [InlineData("工会组织的体检能测心率吗", "faq:health-checkup")]
    public void The_club_or_the_check_up_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: 把我…取消 puts the member's own activity before the verb, as "my" does: calling off the member's own sign-up.</summary>
    [Theory]
    [InlineData("把我周日的书法活动取消了")]
    [InlineData("把我下周的太极课取消吧")]
    [InlineData("把我明天那个讲座取消掉")]
    public void Mine_put_before_cancel_calls_off_ones_sign_up(string text) => Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>Notices put before it are switched off, and a negation before 把 holds.</summary>
    [Fact]
    public void Notices_or_a_negation_before_it_are_no_cancel()
    {
        Assert.Equal("intent:unsubscribe", Recognizer.Recognize("把我的消息提醒取消了").Label);
        Assert.False(Recognizer.Recognize("别把我周六的活动取消了").Acts);
    }

    private static void FallsBackWithoutActing(string text)
    {
        var reading = Recognizer.Recognize(text);
        Assert.Equal("none", reading.Label);
        Assert.False(reading.Acts);
    }
}
