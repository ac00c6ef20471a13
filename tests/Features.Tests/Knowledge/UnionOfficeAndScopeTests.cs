using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// The union office topic (issue 18) and this session's general fixes of issue 17: whole-word Latin phrases, words
/// several topics share, the member's employer named by a trade, and out-of-scope subjects by domain.
/// </summary>
public sealed class UnionOfficeAndScopeTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("工会服务中心电话多少")]
    [InlineData("工会办公室在哪里")]
    [InlineData("工会办公室几点上班")]
    [InlineData("区总工会职工服务中心地址")]
    [InlineData("what is the phone number of the union office?")]
    [InlineData("union office hours")]
    [InlineData("where is the union service centre")]
    public void The_union_office_is_a_topic(string text) => Assert.Equal("faq:union-office", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("12351是什么电话", "faq:hotline-12351")]
    [InlineData("工会电话", "faq:hotline-12351")]
    [InlineData("职工之家几点开门", "faq:workers-home")]
    public void The_hotline_and_the_workers_home_keep_their_questions(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Fact]
    public void An_unfilled_answer_shows_members_only_what_staff_filled_in()
    {
        var shipped = KnowledgeBase.FromShippedContent().Current.Find("union-office")!.Answer;
        Assert.True(Unfilled.IsUnfilled(shipped));
        Assert.Equal(Unfilled.NotYetFilled, Unfilled.ForMembers(shipped));

        var partly = new Localized(shipped.Zh.Replace("电话：【待填写】", "电话：010-1234", StringComparison.Ordinal), shipped.En);
        var shown = Unfilled.ForMembers(partly);
        Assert.Contains("010-1234", shown.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("待填写", shown.Zh, StringComparison.Ordinal);
        Assert.Equal(Unfilled.NotYetFilled.En, shown.En);

        var filled = new Localized("工会服务中心\n电话：010-1234", "Union office\nPhone: 010-1234");
        Assert.Same(filled, Unfilled.ForMembers(filled));
    }

    [Theory]
    [InlineData("withdraw", "i want to withdraw", true)]
    [InlineData("withdraw", "withdrawing from the class", true)]
    [InlineData("withdraw", "how do i apply for a withdrawal", false)]
    [InlineData("flu", "i am fluent in english", false)]
    [InlineData("bake", "baking a cake", true)]
    [InlineData("my ", "cancel my yoga", true)]
    public void Latin_phrases_match_whole_words(string phrase, string text, bool found) =>
        Assert.Equal(found, Phrases.Contains(text, [phrase]));

    [Theory]
    [InlineData("How do I apply for a housing fund withdrawal?")]
    [InlineData("头晕恶心吃什么药")]
    [InlineData("离婚了孩子抚养权归谁")]
    [InlineData("路由器坏了怎么办")]
    public void Out_of_scope_subjects_by_domain_get_the_honest_fallback(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("我在装修公司干活，老板三个月没发工资了", "faq:wage-arrears")]
    [InlineData("会员服务卡在哪办理", "faq:member-card-apply")]
    public void A_trade_or_a_shared_word_does_not_decide(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
