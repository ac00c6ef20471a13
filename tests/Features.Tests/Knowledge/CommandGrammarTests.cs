using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, commands said the way people type them on a phone (zh and en; polite, blunt, slipped), read by small
/// grammars rather than fixed phrases: a negator before a verb of doing (甭弄了, 不想填了), a person word and a verb
/// that reaches for it or gives it up, a stop verb or negated send beside a notice word. Written from meaning, not
/// from evaluation lines; the questions and negations at the end must change nothing.
/// </summary>
public sealed class CommandGrammarTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("没事了")]
    [InlineData("甭弄了")]
    [InlineData("别整了，算了")]
    [InlineData("不想填了")]
    [InlineData("点错了，取消")]
    [InlineData("按错了不要了")]
    [InlineData("不往下走了")]
    [InlineData("取消操作")]
    [InlineData("nah forget it")]
    [InlineData("wrong button, cancel")]
    [InlineData("no thanks, cancel")]
    [InlineData("actually don't bother")]
    public void Calling_it_off_in_everyday_words_is_a_cancel(string text) =>
        Assert.Equal(Intent.Cancel, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("以后别通知我了")]
    [InlineData("不要再打扰我了")]
    [InlineData("活动信息不用发给我了")]
    [InlineData("把我从通知名单删了")]
    [InlineData("群发的消息我不要了")]
    [InlineData("设置免打扰")]
    [InlineData("我要取关")]
    [InlineData("別再發通知了")]
    [InlineData("unsub")]
    [InlineData("I don't want these messages anymore")]
    [InlineData("opt me out of the notices")]
    public void Stopping_messages_in_everyday_words_is_an_unsubscribe_order(string text)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(Intent.Unsubscribe, result.Intent);
        Assert.True(result.Acts);
    }

    [Theory]
    [InlineData("结束对话")]
    [InlineData("结束这次咨询")]
    [InlineData("人工不用了")]
    [InlineData("还是让机器人来吧")]
    [InlineData("不用麻烦工作人员了")]
    [InlineData("we're done here, close the chat")]
    [InlineData("finish the conversation")]
    public void Ending_the_talk_with_a_person_is_end_handoff(string text) =>
        Assert.Equal(Intent.EndHandoff, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("在线客服")]
    [InlineData("客服在吗")]
    [InlineData("有没有工作人员在线")]
    [InlineData("请工作人员回复我")]
    [InlineData("能不能找个懂行的人")]
    [InlineData("live agent please")]
    public void Reaching_for_a_person_is_a_handoff(string text) =>
        Assert.Equal(Intent.Handoff, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("好的，谢谢啊")]
    [InlineData("收到，感谢")]
    [InlineData("谢谢你帮了大忙")]
    [InlineData("谢谢，问题解决了")]
    [InlineData("好的好的")]
    [InlineData("thanks a ton")]
    [InlineData("appreciate your help")]
    [InlineData("you're a lifesaver")]
    [InlineData("thanks for the info")]
    public void Thanks_and_acknowledgements_are_thanks(string text) =>
        Assert.Equal(Intent.Thanks, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("把我的报名撤了")]
    [InlineData("收到活动提醒了，帮我取消这个报名")]
    [InlineData("I can't come on saturday, please remove my name")]
    public void Calling_off_a_sign_up_is_a_cancellation_even_beside_a_notice_word(string text) =>
        Assert.Equal(Intent.CancelSignUp, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("退订以后是不是就收不到活动了，对吧")]
    [InlineData("退订的话签到码还发吗")]
    [InlineData("我在考虑要不要退订")]
    [InlineData("取关了还能报名吗")]
    [InlineData("unsubscribing won't stop my check-in codes, right")]
    [InlineData("I was thinking about unsubscribing, what happens")]
    [InlineData("not sure if I should cancel my sign-up")]
    [InlineData("点错了报名怎么办")]
    [InlineData("结束对话以后还能再报名吗")]
    public void Questions_and_second_thoughts_about_an_action_change_nothing(string text) =>
        Assert.False(Recognizer.Recognize(text).Acts, text);
}
