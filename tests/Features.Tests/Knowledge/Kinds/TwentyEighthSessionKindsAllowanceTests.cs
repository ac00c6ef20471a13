using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (coordinator, found at the merge in the out-of-scope category report): the state's allowances for the
/// old, the disabled and the unemployed are the civil affairs or social insurance office's, not the union's training or
/// hardship help; the union's own help asked for keeps its answer. Sentences written for this test.
/// </summary>
public sealed class TwentyEighthSessionKindsAllowanceTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("我奶奶八十多了 高龄津贴去哪申请")]
    [InlineData("高龄补贴每个月发多少")]
    [InlineData("我爸能领高龄津贴不")]
    [InlineData("老人能领养老服务补贴吗")]
    [InlineData("八十岁能领高龄补贴吗")]
    [InlineData("残疾人补贴能领吗")]
    [InlineData("失业金能领吗")]
    [InlineData("残疾人两项补贴怎么办理")]
    [InlineData("被裁了 失业金怎么领")]
    [InlineData("失业保险金能领几个月")]
    public void The_states_allowance_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("家里老人瘫痪了生活困难 工会能给点帮扶吗", "faq:hardship")]
    [InlineData("工会的困难职工补助怎么申请", "faq:hardship")]
    public void The_unions_own_help_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
