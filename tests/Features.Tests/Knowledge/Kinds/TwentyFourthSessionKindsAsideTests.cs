using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Kinds of miss found on probes-aside.tsv's tuned half (session 24), each with sentences of that kind written fresh,
/// not taken from any eval file; every sentence in the first three theories fell back before the change.
/// </summary>
public sealed class TwentyFourthSessionKindsAsideTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>A thank-you, then what the member goes to do next (gym, subway, bank): thanked back, whatever the remark names; chat spellings of thanks (thx, thanx) count.</summary>
    [Theory]
    [InlineData("thanks, off to the gym now")]
    [InlineData("thx a lot, heading to the subway now")]
    [InlineData("thanx, gotta run to the bank")]
    public void A_thanks_with_a_remark_on_what_comes_next_is_thanks(string text) =>
        Assert.Equal("intent:thanks", Recognizer.Recognize(text).Label);

    /// <summary>Ending a talk by saying it is over (先结束了, 这边就结束了), not only by putting it down (不聊了).</summary>
    [Theory]
    [InlineData("好的好的 那就先结束了")]
    [InlineData("行 那我这边就结束了")]
    public void Saying_the_talk_is_over_ends_it(string text) =>
        Assert.Equal("intent:endhandoff", Recognizer.Recognize(text).Label);

    /// <summary>A club named with its club word (舞蹈社) beside a side remark about the body: the club's answer, no guess.</summary>
    [Theory]
    [InlineData("脚踝扭伤刚好利索 想去舞蹈社蹦蹦 怎么加入", "club:club-dance")]
    public void A_club_named_with_its_club_word_is_answered(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>A thank-you beside a request or a question about someone else's matter stays the honest fallback.</summary>
    [Theory]
    [InlineData("谢谢 帮我查下明天天气")]
    [InlineData("天气怎么样 谢谢")]
    public void A_thanks_beside_an_out_of_scope_ask_stays_out_of_scope(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);
}
