using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// A topic's word inside a trade or a field of study (session 23, helper oos26), in sentences of its own (not evaluation
/// lines): 心理咨询师, 瑜伽教练, 书法老师, 摄影专业, a yoga instructor, a counselling degree, asked about as the member's
/// own career or credential (证, 资格, 考, 前景, certified, career): becoming one, not using the union's service. Beside
/// them, asking to see a counsellor, the union's own coach, and a trade the union's skills training teaches stay ours.
/// </summary>
public sealed class TwentyThirdSessionKindsCareerTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("想转行当心理咨询师 要先考什么证")]
    [InlineData("舞蹈老师一个月能挣多少")]
    [InlineData("书法老师资格证含金量高吗")]
    [InlineData("how long does it take to get certified as a yoga instructor")]
    [InlineData("is becoming a dance teacher a good career")]
    public void A_trade_named_after_a_topic_asked_as_a_career_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("最近老失眠 想找个心理咨询师聊聊", "faq:counselling")]
    [InlineData("工会瑜伽社的教练是专业的吗", "club:club-yoga")]
    [InlineData("想考个育婴师证 工会有免费培训吗", "faq:skills-training")]
    [InlineData("can i see a counsellor through the union", "faq:counselling")]
    public void Seeing_the_unions_people_or_its_trade_training_stays_ours(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
