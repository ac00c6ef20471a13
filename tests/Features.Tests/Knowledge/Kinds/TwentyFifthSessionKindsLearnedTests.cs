using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Why the learned second opinion keeps its plain feature weights (tests/Eval/README.md, session 25): weighing its
/// features by IDF sharpened its probabilities, and an ask-back on someone else's place beside the union ("the swimming
/// pool near the union") became a confident answer about a union entry (the workers' home, the member card). A question
/// no entry answers is asked back or falls back, never answered on the union's name alone.
/// </summary>
public sealed class TwentyFifthSessionKindsLearnedTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    [Theory]
    [InlineData("what time does the swimming pool near the union close")]
    [InlineData("does the noodle shop by the union deliver")]
    [InlineData("what time does the bakery next to the union open")]
    public void Another_place_beside_the_union_gets_no_union_entrys_answer(string text) =>
        Assert.Contains(Shipped.Recognize(text).Intent, new[] { Intent.Clarify, Intent.None });
}
