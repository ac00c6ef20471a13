using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 27 (oos30): anyone's general-knowledge or how-to questions on subjects the union also serves, each fixed as
/// a kind and tried on sentences written for this test, not taken from an eval file; beside them, the union's service
/// asked in the same words, which must keep its answer.
/// </summary>
public sealed class TwentySeventhSessionKindsAnyonesTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: a pastime's rules, a term's meaning, what to practise first, or whether an ache from it is normal, asked as general knowledge.</summary>
    [Theory]
    [InlineData("围棋数子怎么算输赢")]
    [InlineData("象棋里的蹩马腿是什么意思")]
    [InlineData("练书法先练横还是先练竖")]
    [InlineData("太极拳练完膝盖有点酸正常吗")]
    [InlineData("瑜伽做完肩膀疼有啥办法缓解")]
    [InlineData("how do you win at chinese chess")]
    [InlineData("which yoga poses help a stiff neck")]
    public void A_pastimes_rules_and_know_how_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The same pastime with a class, a teacher or people to do it with stays the club's.</summary>
    [Theory]
    [InlineData("围棋社的活动费用怎么算", "club:club-chess")]
    [InlineData("瑜伽班练完腰酸正常吗 有老师带吗", "club:club-yoga")]
    public void A_pastime_with_a_class_is_the_club(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: a tip for one's own stress, mood or sleep is anyone's question, not the union's counselling.</summary>
    [Theory]
    [InlineData("焦虑的时候怎么调节情绪")]
    [InlineData("压力大的时候深呼吸怎么做")]
    [InlineData("tips to feel less anxious")]
    [InlineData("how many hours of sleep does an adult need")]
    public void A_wellbeing_tip_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Asking for a person or a session for the same stress is the counselling service.</summary>
    [Theory]
    [InlineData("压力大睡不好，想找个心理老师聊聊")]
    [InlineData("最近焦虑失眠，有没有心理咨询服务")]
    [InlineData("i feel stressed all the time, can i talk to a counsellor")]
    public void Asking_for_a_person_for_stress_is_counselling(string text) => Assert.Equal("faq:counselling", Recognizer.Recognize(text).Label);

    /// <summary>Kind: an illness itself (its symptoms, cure, whether it runs in families) is a medical question, not the union's screening.</summary>
    [Theory]
    [InlineData("宫颈癌会遗传吗")]
    [InlineData("宫颈糜烂需要治疗吗")]
    [InlineData("乳腺癌早期有哪些征兆")]
    [InlineData("what are early symptoms of breast cancer")]
    [InlineData("breast cancer signs and treatment")]
    public void An_illness_itself_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The screening asked for keeps its answer.</summary>
    [Theory]
    [InlineData("宫颈癌筛查每年都能做吗")]
    [InlineData("how do i get a free breast cancer screening")]
    public void Asking_for_the_screening_is_the_screening(string text) => Assert.Equal("faq:cancer-screening", Recognizer.Recognize(text).Label);

    /// <summary>Kind: pay as arithmetic or budgeting (take-home, what to save) is anyone's question, not unpaid wages.</summary>
    [Theory]
    [InlineData("工资一万怎么分配存钱和花钱")]
    [InlineData("工资五千每个月存多少钱合适")]
    [InlineData("what is the take home on a 9000 salary")]
    public void Pay_arithmetic_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Pay held back is the unpaid-wages answer.</summary>
    [Theory]
    [InlineData("老板拖欠工资两个月了怎么办")]
    [InlineData("工资一直没发，找谁")]
    [InlineData("my salary is two months late, what can i do")]
    public void Pay_held_back_is_unpaid_wages(string text) => Assert.Equal("faq:wage-arrears", Recognizer.Recognize(text).Label);

    /// <summary>Kind: choosing a pumping mother's gear (bags, a cooler) is what to buy, not the union's nursing room.</summary>
    [Theory]
    [InlineData("背奶用什么冰袋好")]
    [InlineData("储奶袋选哪种好")]
    public void Choosing_pumping_gear_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>A place at work to pump or keep the milk stays the nursing room's.</summary>
    [Fact]
    public void A_place_to_keep_the_milk_at_work_is_the_nursing_room() => Assert.Equal("faq:nursing-room", Recognizer.Recognize("上班背奶，单位有地方放奶吗").Label);
}
