using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Answer, ask or fall back (issue 17): an ask-back among topics none of which the question names by a word of its own
/// longer than two characters, in a question that names neither the union nor work, is a guess. The honest fallback is
/// given instead, with the same topics as buttons; a question about the union or work still asks which.
/// </summary>
public sealed class AskBackPolicyTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("体检单丢了，能重新打印吗")] // 丢了 (a lost card) and 体检 (the check-up) are both side words of a hospital's paper
    [InlineData("孩子体检单丢了还能补吗")]
    public void A_guess_among_side_words_falls_back_with_the_guesses_offered(string text)
    {
        var result = Recognizer.Recognize(text);
        Assert.Equal(Intent.None, result.Intent);
        Assert.False(result.OffTopic); // not known to be off topic: the offers go with the fallback
        Assert.Contains(result.Candidates, c => c.Entry.Id == "health-checkup");
    }

    /// <summary>
    /// Two close topics: the rules ask which, but the learned second opinion (Knowledge/Learned), trained on the entries'
    /// own questions, is sure of one of the two and answers it: still one of the topics asked about, never a third.
    /// </summary>
    [Theory]
    [InlineData("职工心理热线是多少")] // 职工: a work question, two close topics
    public void A_question_about_work_or_the_union_gets_one_of_the_close_topics(string text) =>
        Assert.Contains(Recognizer.Recognize(text).Label, new[] { "faq:counselling", "faq:hotline-12351" });

    [Fact]
    public void A_plain_out_of_scope_question_falls_back_without_offers() =>
        Assert.Empty(Recognizer.Recognize("明天北京下雨吗").Candidates);
}
