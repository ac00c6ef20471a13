using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// An action named twice, asked about first and held back after ("最晚什么时候取消…先别帮我取消"): the negation of the
/// later mention holds, so the message is answered and nothing is cancelled, signed up or asked to confirm. Found on a
/// held line of probes-moves.tsv (session 27; read by the coordinator because a held no-act line acted); the sentences
/// here were written fresh.
/// </summary>
public sealed class TwentySeventhSessionKindsSecondMentionTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("cancelsignup", "报了名之后要是临时加班，取消有没有时间限制？先别帮我取消，就是问问")]
    [InlineData("cancelsignup", "想了解下取消报名会不会扣信用分，现在不要给我取消")]
    [InlineData("signup", "报名截止是几号啊，我还没想好，先别给我报名")]
    [InlineData("cancelsignup", "how late can I cancel a booking? please don't cancel mine, just asking")]
    public void A_later_mention_held_back_is_no_order(string action, string text) =>
        Assert.Empty(NoActionCheck.Acted(Recognizer, [(action, text)]));

    [Theory]
    [InlineData("帮我把周六瑜伽的报名取消了")]
    [InlineData("瑜伽去不了了，取消吧")]
    public void A_plain_cancel_order_still_cancels(string text) =>
        Assert.NotEmpty(NoActionCheck.Acted(Recognizer, [("cancelsignup", text)]));
}
