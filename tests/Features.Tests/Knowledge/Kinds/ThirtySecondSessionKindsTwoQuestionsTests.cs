using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 32 (two32, issue 17): a second question is kept on every reading, found part by part as a command's pair
/// is. The activities listing keeps the question asked after it; help or an action declined keeps the question asked
/// beside it; two close topics the learned second opinion settles on one of are two questions, the other kept beside
/// the answer. A second part that is someone else's matter (weather, stocks, a hotpot place) or an action is no second
/// question, and nothing acts. Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class ThirtySecondSessionKindsTwoQuestionsTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("工会最近的活动发一下。还有互助保障咋报", "intent:activities|faq:mutual-aid-claim")]
    [InlineData("send me the list of events. also how do i book counselling", "intent:activities|faq:counselling")]
    public void The_listing_keeps_the_question_asked_after_it(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("这个怎么用？另外会员卡丢了怎么补", "intent:help|faq:member-card-lost")]
    [InlineData("你能干啥？还有心理咨询收费吗", "intent:help|faq:counselling")]
    [InlineData("what can you do? and how do i claim mutual aid", "intent:help|faq:mutual-aid-claim")]
    [InlineData("how do i use this? also is counselling free", "intent:help|faq:counselling")]
    [InlineData("瑜伽我不报了，另外会员卡丢了怎么补？", "intent:declined|faq:member-card-lost")]
    [InlineData("先不报名了。另外法律援助怎么申请", "intent:declined|faq:legal-aid")]
    [InlineData("no need to sign me up. also how do i replace a lost member card?", "intent:declined|faq:member-card-lost")]
    [InlineData("i don't want to sign up. also where is the health check?", "intent:declined|faq:health-checkup")]
    public void A_command_no_pair_holds_keeps_the_question_asked_beside_it(string text, string label)
    {
        var read = Recognizer.Recognize(text);
        Assert.Equal(label, read.Label);
        Assert.False(read.Acts);
    }

    [Theory]
    [InlineData("瑜伽课在哪上，能找律师吗？", "club:club-yoga|faq:legal-aid")]
    [InlineData("补卡要钱吗，能找律师吗？", "faq:legal-aid|faq:member-card-lost")]
    [InlineData("会员卡有啥用，能找律师吗？", "faq:member-card|faq:legal-aid")]
    [InlineData("yoga classes where, late wages what do i do?", "club:club-yoga|faq:wage-arrears")]
    public void Two_close_topics_the_learned_opinion_settles_keep_the_other_beside_the_answer(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("这个怎么用？另外明天会下雨吗")]
    [InlineData("你能干啥？还有今天股票怎么样")]
    [InlineData("what can you do? and what's the weather tomorrow")]
    [InlineData("瑜伽我不报了，另外附近哪家火锅好吃")]
    [InlineData("瑜伽课在哪上，明天天气怎么样？")]
    public void Someone_elses_matter_beside_it_is_no_second_question(string text) =>
        Assert.Null(Recognizer.Recognize(text).Also);

    [Theory]
    [InlineData("这个怎么用？另外帮我报名周六的瑜伽")]
    [InlineData("what can you do? also sign me up for yoga")]
    [InlineData("这个怎么用？另外帮我退订通知")]
    public void An_action_asked_beside_help_is_no_second_answer_and_never_runs(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.Null(read.Also);
        Assert.False(read.Acts, $"{text}: {read.Label}");
    }
}
