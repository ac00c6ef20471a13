using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Someone else's thing named with a topic's word (session 23, helper oos26), in sentences of its own (not evaluation
/// lines): choosing what gear to use for a pastime (太极服选什么面料, 拍线多少磅合适, which racket) is a consumer's question like
/// what to buy; a facility on a train or a plane (高铁上的母婴室, a nursing room on the train) is the carrier's. Beside
/// them, the club's own sessions and the union's nursing room near a station stay ours.
/// </summary>
public sealed class TwentyThirdSessionKindsGearAndCarrierTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("太极服选什么面料的")]
    [InlineData("网球拍穿线多少磅合适")]
    [InlineData("which tennis racket for a beginner")]
    [InlineData("best lens for portrait photos")]
    public void Choosing_gear_for_a_pastime_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("高铁的母婴室在几号车厢")]
    [InlineData("is there a nursing room on the high speed train")]
    public void A_facility_on_a_train_or_plane_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会瑜伽课要自己带垫子吗", "club:club-yoga")]
    [InlineData("地铁站附近有母婴室吗", "faq:nursing-room")]
    public void The_clubs_sessions_and_the_unions_rooms_stay_ours(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
