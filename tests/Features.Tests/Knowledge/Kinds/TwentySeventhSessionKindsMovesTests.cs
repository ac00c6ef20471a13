using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Kinds of miss found on probes-moves.tsv's tuned half and the older sets' tuned halves (session 27): the
/// conversation's own moves (thanks, ending the talk with the person, help, greeting) and the orders around a sign-up.
/// Each theory's sentences were written fresh, not taken from any eval file.
/// </summary>
public sealed class TwentySeventhSessionKindsMovesTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>
    /// The person named, not reached for, and the talk ended in chat words (可以结束, that's all); the person let go
    /// (不麻烦/不打扰/不耽误 + staff or 老师); 收尾 as an ending verb.
    /// </summary>
    [Theory]
    [InlineData("人工这块 ok 了 可以结束")]
    [InlineData("不麻烦工作人员了")]
    [InlineData("不打扰客服了 我自己再看看")]
    [InlineData("不耽误老师时间了 我先下了")]
    [InlineData("人工服务可以收尾了")]
    public void The_talk_with_the_person_ended_is_endhandoff(string text) =>
        Assert.Equal("intent:endhandoff", Recognizer.Recognize(text).Label);

    /// <summary>A person reached for after the talk with the bot is put down stays a hand-off.</summary>
    [Theory]
    [InlineData("不聊了 转人工")]
    [InlineData("没别的问题了 就是想找人工问问")]
    [InlineData("不麻烦的话 想找工作人员问问")]
    public void A_person_reached_for_stays_a_handoff(string text) =>
        Assert.Equal("intent:handoff", Recognizer.Recognize(text).Label);

    /// <summary>
    /// A refusal closed by 了 (名额我不要了, 报名不要了) gives the place up and negates nothing after it; 退 with the sign-up
    /// named (报名的…帮我退了) takes it back.
    /// </summary>
    [Theory]
    [InlineData("书法课的名额我不要了 让给别人")]
    [InlineData("这个报名不要了 帮我撤掉")]
    [InlineData("名额我不要了 让给别人吧")]
    [InlineData("报名的那个活动帮我退了")]
    [InlineData("我报的摄影课给我退了吧")]
    public void A_place_given_up_or_taken_back_is_the_cancel_order(string text) =>
        Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>A refusal that stays open before the verb, and a refund asked, run nothing.</summary>
    [Theory]
    [InlineData("名额不要让给别人 我会去的")]
    [InlineData("不要取消我的名额")]
    [InlineData("报名费退了没")]
    [InlineData("报名的钱能退吗")]
    public void An_open_refusal_or_a_refund_is_no_cancel(string text) =>
        Assert.NotEqual("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>Someone else's ride, order or membership called off is the honest fallback, not a sign-up cancelled.</summary>
    [Theory]
    [InlineData("cancel my didi ride to the airport")]
    [InlineData("把爱奇艺的会员退掉")]
    [InlineData("cancel my amazon order")]
    [InlineData("帮我取消美团的订单")]
    public void Someone_elses_service_called_off_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own sign-ups called off stay orders.</summary>
    [Theory]
    [InlineData("周六的书法课去不了 帮我取消")]
    [InlineData("cancel my spot for the chess class")]
    public void A_union_sign_up_called_off_stays_the_order(string text) =>
        Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>
    /// Help asked in nothing but help words (咋弄啊这个 求助, help pls, how does it work), of the bot in English frames
    /// (what does this chat do, what kind of stuff can…, wat can you do), and what may be asked (都可以问点啥).
    /// </summary>
    [Theory]
    [InlineData("咋弄啊这个 求助")]
    [InlineData("help pls, how does it work")]
    [InlineData("so what does this chat do exactly")]
    [InlineData("what kind of stuff can this do")]
    [InlineData("wat can you do")]
    [InlineData("都可以问点啥")]
    [InlineData("这里能问些什么呀")]
    public void Help_in_help_words_is_help(string text) =>
        Assert.Equal("intent:help", Recognizer.Recognize(text).Label);

    /// <summary>A matter named beside the help words is the matter's question.</summary>
    [Theory]
    [InlineData("工会卡怎么用", "faq:member-card")]
    [InlineData("help, my boss didn't pay me", "faq:wage-arrears")]
    [InlineData("what does this gym membership cover", "none")]
    public void A_matter_beside_help_words_is_the_matter(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>A time-of-day greeting or "anyone online" with a remark that asks nothing is a greeting.</summary>
    [Theory]
    [InlineData("下午好 刚换完班")]
    [InlineData("早安 今天是我第一次用")]
    [InlineData("有人在线没 打个招呼")]
    public void A_greeting_with_a_remark_is_a_greeting(string text) =>
        Assert.Equal("intent:greeting", Recognizer.Recognize(text).Label);

    /// <summary>A greeting before someone else's question is that question (the honest fallback).</summary>
    [Fact]
    public void A_greeting_before_a_question_is_the_question() =>
        Assert.Equal("none", Recognizer.Recognize("早上好 今天北京几度").Label);

    /// <summary>A short thank-you telling the matter done (听你的…办妥了 多谢) is thanked back.</summary>
    [Theory]
    [InlineData("听你的打了电话 事儿办妥了 多谢")]
    [InlineData("照你说的去街道办完了 谢啦")]
    public void A_short_thanks_for_a_matter_done_is_thanks(string text) =>
        Assert.Equal("intent:thanks", Recognizer.Recognize(text).Label);

    /// <summary>Thanks named as a thing to say or write is someone else's matter, not a thanks to the bot.</summary>
    [Theory]
    [InlineData("教我用英语说谢谢")]
    [InlineData("how do you say thanks in korean")]
    [InlineData("thank you note for a neighbour who fed my cat")]
    [InlineData("给装修师傅写封感谢信怎么开头")]
    public void Thanks_named_as_a_thing_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>A person asked for at a carrier's or bank's line is their desk's, not the union's.</summary>
    [Theory]
    [InlineData("10010怎么找真人")]
    [InlineData("打95588转人工要按几")]
    [InlineData("how do i reach a real person at china mobile")]
    public void A_person_at_another_line_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>A person asked for beside a card named stays the union's hand-off; so does someone from the union office.</summary>
    [Theory]
    [InlineData("工会卡丢了 转人工")]
    [InlineData("银行卡丢了 转人工")]
    [InlineData("can i speak with a person from the union office?")]
    public void A_person_of_the_union_stays_a_handoff(string text) =>
        Assert.Equal("intent:handoff", Recognizer.Recognize(text).Label);

    /// <summary>
    /// 不 in a complement of inability (去不了, 来不成) before a cancel verb tells the reason, not a negation; the writer's
    /// own place named (my place) is theirs though someone else is told of as the reason.
    /// </summary>
    [Theory]
    [InlineData("瑜伽去不了 取消吧")]
    [InlineData("周六来不了 取消报名")]
    [InlineData("去不成了 撤了吧")]
    [InlineData("my dad is in hospital so i can't come sunday, please cancel my place")]
    public void Inability_told_before_the_cancel_is_the_order(string text) =>
        Assert.Equal("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>A negator before the cancel, someone else's sign-up, and how to cancel asked after the reason run nothing.</summary>
    [Theory]
    [InlineData("不取消 我能去")]
    [InlineData("先不取消了")]
    [InlineData("别取消 我还去")]
    [InlineData("my friend wants to cancel her registration")]
    [InlineData("报了不去咋取消")]
    public void A_negated_reported_or_asked_cancel_runs_nothing(string text) =>
        Assert.NotEqual("intent:cancelsignup", Recognizer.Recognize(text).Label);

    /// <summary>Saying hello told outright (打个招呼) beside a self-introduction that asks nothing is a greeting.</summary>
    [Theory]
    [InlineData("你好 我是开叉车的 刚进厂 跟你打个招呼 以后常来")]
    [InlineData("大家好 我是新来的保洁 先打个招呼")]
    public void Hello_told_with_a_self_introduction_is_a_greeting(string text) =>
        Assert.Equal("intent:greeting", Recognizer.Recognize(text).Label);

    /// <summary>Hello told before a question or a request is the question or the request.</summary>
    [Theory]
    [InlineData("打个招呼 顺便问下工会卡丢了咋办", "faq:member-card-lost")]
    [InlineData("先认识一下 我想报名书法", "intent:signup")]
    public void Hello_told_before_an_ask_is_the_ask(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
