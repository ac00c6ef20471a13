using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 23 (life26): kinds of in-scope questions told as a worker's life that fell back or went to the activity
/// listing, each fixed as a kind and tried on sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class TwentyThirdSessionKindsLifeTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: "有没有X活动" where X is a topic's own word asks about that topic's events, not for the listing of everything on.</summary>
    [Theory]
    [InlineData("今年工会有没有搞联谊活动")]
    [InlineData("工会最近有没有联谊的活动啊")]
    [InlineData("有没有搞脱单活动 我报一个")]
    [InlineData("单位今年有没有办相亲活动")]
    public void Activities_named_by_a_topic_are_the_topic(string text) => Assert.Equal("faq:singles", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a disaster at home (fire, flood, a house fallen in) told without asking is a hardship.</summary>
    [Theory]
    [InlineData("家里失火了 啥都没剩下 工会能帮衬点不")]
    [InlineData("老家遭了水灾 房子塌了")]
    [InlineData("租的房子着火了 衣服被子全烧光了")]
    public void A_disaster_at_home_is_a_hardship(string text) => Assert.Equal("faq:hardship", Recognizer.Recognize(text).Label);

    /// <summary>Kind: the last month's pay withheld on leaving is unpaid wages.</summary>
    [Theory]
    [InlineData("走的时候最后一个月的钱压着不给")]
    [InlineData("they still won't give me my final pay after I quit")]
    public void The_last_pay_withheld_is_unpaid_wages(string text) => Assert.Equal("faq:wage-arrears", Recognizer.Recognize(text).Label);

    /// <summary>Kind: learning a new trade in a worker's words (学门手艺, 新手艺) is skills training, not the crafts club.</summary>
    [Theory]
    [InlineData("干保洁的 想学门新手艺 多挣点")]
    [InlineData("想学点新手艺换个活干")]
    [InlineData("开了十年车 想学个新手艺 工会有课吗")]
    [InlineData("下岗了想学点新手艺 有地方教吗")]
    [InlineData("在工地干不动了 想学门新手艺")]
    public void Learning_a_new_trade_is_skills_training(string text) => Assert.Equal("faq:skills-training", Recognizer.Recognize(text).Label);
}
