using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (oos37): English questions that use a union word in another sense. Another body called a union (a
/// student or credit union, the EU), the benefits of a food or habit, a thing insured by a seller, a store's or a
/// golf club's membership, a film's screening, a hobby's gear bought at a shop, how a game's move works, training a
/// dog, a couples therapist or psychiatrist, how cold or hot it gets and unsubscribing
/// from another owner's messages fall back; the union's own service said in the same words keeps its answer.
/// Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class TwentyEighthSessionKindsEnglishTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("can i join the students union if i study part time")]
    [InlineData("does my credit union offer car loans")]
    [InlineData("which countries joined the european union last")]
    [InlineData("my unionpay card was declined in thailand")]
    [InlineData("what are the health benefits of walking every day")]
    [InlineData("benefits of drinking lemon water in the morning")]
    [InlineData("is pet insurance for a dog worth the money")]
    [InlineData("does home insurance cover a burst pipe")]
    [InlineData("how do i become a member of the country club")]
    [InlineData("is there a screening of that new film at the cinema tonight")]
    [InlineData("a shop that sells tennis rackets near wangfujing?")]
    [InlineData("how does checkmate work in chess")]
    [InlineData("any dog training school in chaoyang")]
    [InlineData("looking for a marriage counsellor who speaks english")]
    [InlineData("how cold is it going to be on saturday")]
    [InlineData("how hot is it gonna get next weekend")]
    [InlineData("how cold will it be this weekend up in the hills")]
    [InlineData("unsubscribe me from the jd promo emails")]
    public void Another_sense_of_a_union_word_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("what are the benefits of union membership", "faq:benefits")]
    [InlineData("how do i become a union member", "faq:join-union")]
    [InlineData("does the union have a chess club", "club:club-chess")]
    [InlineData("is the union's counselling free", "faq:counselling")]
    [InlineData("stop sending me union notices", "intent:unsubscribe")]
    public void The_unions_own_service_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
