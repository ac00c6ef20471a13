using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Kinds of miss found on probes-turns.tsv's tuned half (session 25), each with sentences of that kind written fresh,
/// not taken from any eval file; every sentence here was read wrongly before the change (main fbdbf2e).
/// </summary>
public sealed class TwentyFifthSessionKindsTurnsTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>
    /// Chit-chat with the bot that a greeting or a club word took: "你好" + a trait is "you are so…", a pastime asked
    /// of the bot is its hobby, where to go for fun this weekend is leisure advice, another company's service desk is theirs.
    /// </summary>
    [Theory]
    [InlineData("你好可爱呀")]
    [InlineData("你好搞笑哈哈")]
    [InlineData("你好幽默啊")]
    [InlineData("你好贴心哦")]
    [InlineData("你会写毛笔字吗")]
    [InlineData("你平时打网球不")]
    [InlineData("do you play chess")]
    [InlineData("can you dance")]
    [InlineData("这周末去哪儿逛逛好")]
    [InlineData("京东客服怎么转人工")]
    [InlineData("how do i reach a real person at taobao customer service")]
    public void Chit_chat_gets_the_honest_fallback(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>A person asked for with no other desk named stays a hand-off to the union's staff.</summary>
    [Fact]
    public void Asking_for_a_person_about_ones_own_matter_is_still_a_handoff() =>
        Assert.Equal("intent:handoff", Recognizer.Recognize("银行卡丢了 转人工").Label);

    /// <summary>
    /// A change of plan calls off the sign-up: not able to go in English (one read as a sign-up before), leaving what
    /// one takes part in (讲座/比赛 …我退出), a cancel beside a sign-up made twice.
    /// </summary>
    [Theory]
    [InlineData("won't be able to make it to the dance class friday")]
    [InlineData("im unable to attend the photography walk, sorry")]
    [InlineData("not able to come to tai chi tmr")]
    [InlineData("下周那个讲座我退出")]
    [InlineData("周日的比赛我退出了")]
    [InlineData("书法班报重了 取消一个")]
    public void A_change_of_plan_cancels_the_sign_up(string text) =>
        Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>A question opened by a contracted wh-word (whats, hows) is asked, never run: cancelling never signs up.</summary>
    [Theory]
    [InlineData("whats the deadline to cancel my signup")]
    [InlineData("hows cancelling a signup work")]
    public void A_contracted_question_about_cancelling_acts_on_nothing(string text)
    {
        var intent = Recognizer.Recognize(text).Intent;
        Assert.DoesNotContain(intent, new[] { Features.Knowledge.Intent.SignUp, Features.Knowledge.Intent.CancelSignUp });
    }

    /// <summary>Ending a talk: put down for now beside a goodbye (行 先这样 回见), or coming back when there is something (改天再聊).</summary>
    [Theory]
    [InlineData("好的 就这样 再见")]
    [InlineData("行 先这样 回见")]
    [InlineData("改天再聊")]
    [InlineData("有需要再联系你们")]
    [InlineData("有事儿再找你")]
    public void Coming_back_later_ends_the_talk(string text) =>
        Assert.Equal("intent:endhandoff", Recognizer.Recognize(text).Label);

    /// <summary>What the bot can do, the verb left out (你会点什么, 你能些啥); a correction before a cancel (不是这个 取消).</summary>
    [Theory]
    [InlineData("你会点什么呀", "intent:help")]
    [InlineData("你能些啥", "intent:help")]
    [InlineData("不是这个 取消", "intent:cancel")]
    public void Short_moves_in_their_own_words(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
