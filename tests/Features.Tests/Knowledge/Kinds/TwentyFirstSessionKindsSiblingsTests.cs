using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 21's sibling kinds, each in sentences of its own (not evaluation lines): who the member is (骑手, 快递员,
/// 网约车司机) and what happened to them (被辞退, 不给补偿) tell the context; what is left of the message is what they ask
/// (入会, 仲裁, 会员卡), and it decides between two close topics. Beside them, a job name with the rest stop's own
/// words, and a dismissal asked about with no procedure named, keep their answers. Joining named as the condition of a
/// question about what one gets (入会以后能给我点啥) is answered with the benefits, not with how to join.
/// </summary>
public sealed class TwentyFirstSessionKindsSiblingsTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("快递小哥能加入工会不", "faq:join-union")]
    [InlineData("环卫工能入会吗", "faq:join-union")]
    [InlineData("跑外卖的入会咋弄", "faq:join-union")]
    [InlineData("网约车司机在哪能免费充电", "faq:outdoor-station")]
    public void Who_the_member_is_does_not_decide_what_they_ask(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("被无故辞退了 想申请劳动仲裁 要带什么", "faq:arbitration")]
    [InlineData("单位开除我还不给补偿 仲裁委在哪", "faq:arbitration")]
    [InlineData("没签合同就被辞退了 去仲裁得准备啥", "faq:arbitration")]
    [InlineData("got fired with no severance, how long do i have to file for arbitration", "faq:arbitration")]
    public void What_happened_does_not_decide_the_procedure_asked_for(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("骑手中午能去哪歇脚", "faq:outdoor-station")]
    [InlineData("被辞退了不给补偿 工会能帮我吗", "faq:legal-aid")]
    [InlineData("开网约车的想入会 要办啥手续", "faq:join-union")]
    [InlineData("我是送快递的 入工会要交钱吗", "faq:join-union")]
    public void The_context_with_its_own_words_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
    [Theory]
    [InlineData("入会以后工会能给我点啥")]
    [InlineData("如果加入工会 我能得到什么")]
    [InlineData("加入工会图个啥")]
    [InlineData("入工会划算吗 能享受啥")]
    [InlineData("what would i get if i join the union")]
    public void What_joining_gives_is_the_benefits(string text) => Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("入会要交多少会费", "faq:join-union")]
    [InlineData("加入工会需要什么材料", "faq:join-union")]
    public void How_to_join_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
