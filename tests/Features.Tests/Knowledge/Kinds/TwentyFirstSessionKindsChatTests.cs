using EngageBot.Features.Knowledge;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// The kinds of short chat reply mended in session 21, each in sentences of its own (not evaluation lines): thanks said
/// as the trouble taken (麻烦您了, 受累了), an acknowledgement (收到收到, 明白啦), a goodbye, chat shorthand (tks, okk thx)
/// and a message of only a thumbs-up or folded hands; never mind as 甭了, with 没事儿/等等/不对 or a thx beside
/// it; the person having sorted it ends the hand-off; not going any more in chat endings (不去啦, 不想参加了) gives the
/// place up, decided by the question open: none (a cancel, confirmed first), the bot's "shall I sign you up?" (a no),
/// its "shall I cancel?" (a yes). A code read out in Chinese numerals is a code.
/// </summary>
public sealed class TwentyFirstSessionKindsChatTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("麻烦您了")]
    [InlineData("劳驾您了")]
    [InlineData("给您添麻烦了")]
    [InlineData("让您费心了")]
    [InlineData("您受累了")]
    [InlineData("收到收到")]
    [InlineData("明白啦")]
    [InlineData("好的 拜拜")]
    [InlineData("okk thx")]
    [InlineData("tks")]
    [InlineData("👍")]
    [InlineData("🙏🙏")]
    [InlineData("👍🏻")]
    public void Thanks_in_everyday_chat_is_thanks(string text) => Assert.Equal("intent:thanks", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("甭了")]
    [InlineData("甭了甭了")]
    [InlineData("等等 先别弄了")]
    [InlineData("哎呀不对 重来")]
    [InlineData("没事儿 不用了")]
    [InlineData("nevermind thx")]
    public void Never_mind_in_everyday_chat_calls_it_off(string text) => Assert.Equal("intent:cancel", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("人工那边已经帮我解决了 谢谢")]
    [InlineData("老师那边已经回我了 不用人了")]
    [InlineData("好了 人工可以撤了")]
    [InlineData("thanks staff, im all set now")]
    public void The_person_having_sorted_it_ends_the_hand_off(string text) => Assert.Equal("intent:endhandoff", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("人工客服解决了吗")]
    [InlineData("客服还没回我")]
    public void Still_waiting_on_the_person_does_not_end_it(string text) => Assert.NotEqual("intent:endhandoff", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("周六瑜伽不去啦")]
    [InlineData("那个手工课 我不参加啦")]
    [InlineData("明儿的象棋我不去啦 有事")]
    [InlineData("周六瑜伽我不想参加了")]
    public void Not_going_any_more_gives_the_place_up(string text) => Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("不想参加了 别给我报")]
    [InlineData("书法那个我不报了")]
    [InlineData("不去了的话要跟谁说")]
    [InlineData("要是周六下雨我就不去了")]
    public void Not_signing_up_or_asking_about_it_gives_nothing_up(string text) =>
        Assert.NotEqual(Intent.CancelSignUp, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("不去了", YesNo.No)]
    [InlineData("我不参加啦", YesNo.No)]
    [InlineData("算了 先不报了", YesNo.No)]
    [InlineData("那就不用了 谢谢您", YesNo.No)]
    [InlineData("不去了会怎样？", YesNo.Neither)]
    [InlineData("周六几点开始", YesNo.Neither)]
    public void Said_to_the_bots_sign_up_question_not_going_is_a_no(string text, YesNo answer) => Assert.Equal(answer, PromptReplies.ToSignUp(text));

    [Theory]
    [InlineData("对 不去了", YesNo.Yes)]
    [InlineData("嗯 去不了了", YesNo.Yes)]
    [InlineData("别取消 我还去", YesNo.No)]
    [InlineData("取消以后名额给谁了", YesNo.Neither)]
    public void Said_to_the_bots_cancel_question_not_going_is_a_yes(string text, YesNo answer) => Assert.Equal(answer, PromptReplies.ToCancel(text));

    [Theory]
    [InlineData("我到门口了 签到码是七七零八 帮我签上")]
    [InlineData("签到 幺两三四五六")]
    public void A_code_in_Chinese_numerals_checks_in(string text) => Assert.Equal(Intent.CheckIn, Recognizer.Recognize(text).Intent);
}
