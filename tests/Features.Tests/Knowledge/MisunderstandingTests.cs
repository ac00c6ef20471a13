using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, eighth session: sibling topics told apart by their own words, actions never run on someone else's wish,
/// a done deed or a negation, and a topic's verb not answering a question about something else (zh and en).
/// </summary>
public sealed class MisunderstandingTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("会员卡丢了咋整", "faq:member-card-lost")]
    [InlineData("工会卡在哪办", "faq:member-card-apply")]
    [InlineData("工会卡能干嘛", "faq:member-card")]
    [InlineData("会员卡多久能拿到", "faq:member-card-apply")]
    [InlineData("会员卡刷不了了", "faq:member-card-lost")]
    [InlineData("互助保障怎么申请给付", "faq:mutual-aid-claim")]
    [InlineData("互助保障一年交多少", "faq:mutual-aid-join")]
    [InlineData("互助保障是什么", "faq:mutual-aid")]
    [InlineData("my union card got stolen", "faq:member-card-lost")]
    [InlineData("how do i apply for the union card", "faq:member-card-apply")]
    [InlineData("what can i use the union card for", "faq:member-card")]
    [InlineData("how do we join mutual aid as a company", "faq:mutual-aid-join")]
    [InlineData("mutual aid how to claim", "faq:mutual-aid-claim")]
    public void Sibling_topics_are_told_apart_by_their_own_words_and_the_parent_answers_the_bare_name(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("同事说要取消周六的报名")]
    [InlineData("我朋友想退订通知")]
    [InlineData("我老婆让我帮她报名瑜伽")]
    [InlineData("我已经报名了周六的瑜伽")]
    [InlineData("我没说要取消报名")]
    [InlineData("不需要退订")]
    [InlineData("my colleague wants to cancel his booking")]
    [InlineData("my wife wants to sign up too, is that ok")]
    [InlineData("I never asked to unsubscribe")]
    public void Someone_elses_wish_a_done_deed_or_a_negation_never_acts(string text)
    {
        var result = Recognizer.Recognize(text);

        Assert.NotNull(result.Action);
        Assert.False(result.Action!.Value.Acts, $"{text} would act");
        Assert.DoesNotContain(result.Intent, new[] { Intent.SignUp, Intent.CancelSignUp, Intent.Unsubscribe, Intent.Subscribe, Intent.CheckIn });
    }

    [Theory]
    [InlineData("what is the registration deadline for the health checkup", "faq:health-checkup")]
    [InlineData("when is the registration deadline for the innovation contest", "faq:innovation-competition")]
    [InlineData("技能培训报名截止时间是哪天", "faq:skills-training")]
    [InlineData("心理咨询的报名流程", "faq:counselling")]
    [InlineData("报名成功会有通知吗", "faq:signup-howto")]
    [InlineData("活动怎么报名", "faq:signup-howto")]
    public void How_to_sign_up_gives_way_to_the_service_the_question_names(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Fact]
    public void A_screening_s_sign_up_deadline_is_not_a_request_to_list_my_sign_ups() =>
        Assert.NotEqual(Intent.MySignUps, Recognizer.Recognize("癌症筛查报名截止了吗").Intent); // 筛查报名 holds 查报名

    [Theory]
    [InlineData("stop the sign-up", ActionMode.Confirm)]
    [InlineData("quit my registration", ActionMode.Confirm)]
    [InlineData("abort the yoga sign up", ActionMode.Confirm)]
    [InlineData("how do I stop the sign-up?", ActionMode.Question)]
    [InlineData("don't stop my sign-up", ActionMode.Negated)]
    public void Stopping_a_sign_up_is_about_cancelling_never_signs_up_and_is_asked_first(string text, ActionMode mode)
    {
        var reading = ActionPhrases.Read(text, TextNormalizer.Normalize(text));

        Assert.Equal(new ActionReading(MemberAction.CancelSignUp, mode), reading);
        Assert.NotEqual(Intent.SignUp, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("帮我取消周六的瑜伽", Intent.CancelSignUp)]
    [InlineData("别再给我推送了", Intent.Unsubscribe)]
    [InlineData("帮我和老婆都报上周六的瑜伽", Intent.SignUp)]
    [InlineData("cancel my yoga booking", Intent.CancelSignUp)]
    [InlineData("sign me up for yoga on saturday", Intent.SignUp)]
    public void A_clear_order_of_the_writers_own_still_acts(string text, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("银行卡丢了怎么挂失")]
    [InlineData("医保卡丢了怎么补办")]
    [InlineData("车被刮了保险怎么理赔")]
    [InlineData("快递丢了找谁赔")]
    [InlineData("my phone screen cracked where to fix")]
    public void A_topics_verb_about_something_else_is_an_honest_fallback(string text) =>
        Assert.Equal(Intent.None, Recognizer.Recognize(text).Intent);

    [Fact]
    public void A_title_run_holding_a_question_word_is_no_user_word()
    {
        var index = KnowledgeBase.FromShippedContent().Current.Index;

        Assert.Contains("申请给付", index.Segmenter.Cut("互助保障怎么申请给付"));
    }
}
