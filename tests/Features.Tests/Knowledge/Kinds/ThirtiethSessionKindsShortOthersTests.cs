using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 30 (oos40): short everyday questions that are someone else's, where a union word stands for another thing
/// (out-of-scope-20, tests/Eval/README.md). Sentences written fresh for each kind, not taken from an evaluation file.
/// </summary>
public sealed class ThirtiethSessionKindsShortOthersTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    [Theory]
    [InlineData("电脑开机以后特别卡")] // 卡 as a device that lags, not a card
    [InlineData("我这手机老是卡咋整")]
    [InlineData("手机一开微信就卡住")]
    [InlineData("家里网好卡视频加载不出来")]
    [InlineData("平板用了两年越来越卡")]
    [InlineData("打游戏卡顿怎么解决")]
    [InlineData("my laptop is so laggy")]
    [InlineData("手工饺子皮怎么擀得薄")] // a handmade food, not the crafts club
    [InlineData("手工酸奶发酵几个小时")]
    [InlineData("手工面条和面要放盐吗")]
    [InlineData("这款饮料的配方是什么")] // a recipe or formula
    [InlineData("香薰蜡烛的配方能发我下吗")]
    [InlineData("联通套餐能降档吗")] // a carrier's plan, not a hardship file (建档) or a check-up package
    [InlineData("流量套餐怎么改便宜点的")]
    [InlineData("宽带套餐到期了续不续")]
    [InlineData("农行客服怎么找人工")] // a bank named short: its desk's person, not the union's
    [InlineData("招行的客服怎么找真人")]
    [InlineData("建行卡丢了怎么挂失")] // a bank's card, not the member card
    [InlineData("工行的积分怎么兑换")]
    [InlineData("lost my mall membership card")] // a shop's card in English
    [InlineData("how do i use points on my store card")]
    [InlineData("pharmacy member card discount?")]
    [InlineData("how do i use my bank card abroad")] // how to use another owner's thing, not the bot's help
    public void A_short_question_on_someone_elses_thing_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("help me choose a tennis racket for a beginner")] // choosing gear, said with choose or pick
    [InlineData("help me pick dance shoes for salsa")]
    [InlineData("少儿美术在哪报名")] // a child's class, not a union sign-up
    [InlineData("儿童编程课报名多少钱")]
    [InlineData("my son's science fair project ideas")] // a child's school project
    [InlineData("挤出来的奶常温能放多久")] // how long expressed milk keeps: a paediatrician's question
    [InlineData("how long does pumped milk keep in the freezer")]
    [InlineData("is thawed breast milk ok to reheat")]
    public void A_question_for_a_shop_a_school_or_a_doctor_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("工会卡刷不出来怎么办", "faq:member-card")]
    [InlineData("工会的卡丢了咋补", "faq:member-card-lost")]
    [InlineData("会员卡在哪里办理", "faq:member-card-apply")]
    [InlineData("工会手工社这周做什么", "club:club-crafts")]
    [InlineData("工会手工俱乐部在哪活动", "club:club-crafts")]
    [InlineData("工会体检套餐分几档", "faq:health-checkup")]
    [InlineData("困难职工建档要什么材料", "faq:hardship")]
    [InlineData("帮我转个人工吧", "intent:handoff")]
    [InlineData("工会卡丢了怎么挂失", "faq:member-card-lost")]
    [InlineData("i lost the union member card, what now", "faq:member-card-lost")]
    [InlineData("what can the member card do", "faq:member-card")]
    [InlineData("how do i use this bot", "intent:help")]
    [InlineData("does the union tennis club lend rackets", "club:club-tennis")]
    [InlineData("帮我报名周六的书法课", "intent:signup")]
    [InlineData("孩子上学困难工会有补助吗", "faq:hardship")]
    [InlineData("单位哪有地方吸奶", "faq:nursing-room")]
    [InlineData("is there a room at work to pump milk", "faq:nursing-room")]
    [InlineData("母婴室的冰箱能放多久的奶", "faq:nursing-room")]
    public void The_unions_own_service_in_the_same_words_is_still_answered(string text, string label) =>
        Assert.Equal(label, Shipped.Recognize(text).Label);
}
