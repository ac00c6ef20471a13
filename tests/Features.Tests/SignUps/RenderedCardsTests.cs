using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.SignUps;

public sealed class RenderedCardsTests
{
    private static readonly UnionTime Beijing = UnionTime.For("Asia/Shanghai");

    private static readonly ActivityCard Card = new("a-9", "Calligraphy", new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), null, "Room 3", 4);

    [Fact]
    public void A_kept_card_is_the_renderer_s_card()
    {
        var first = RenderedCards.Render(Card, Language.Chinese, Beijing);
        var again = RenderedCards.Render(Card with { }, Language.Chinese, Beijing);

        var expected = ActivityCardRenderer.Render(Card, Language.Chinese, Beijing);
        Assert.Equal(expected.ContentType, again.ContentType);
        Assert.Equal(expected.Content!.Value.GetRawText(), first.Content!.Value.GetRawText());
        Assert.Equal(expected.Content!.Value.GetRawText(), again.Content!.Value.GetRawText());
        Assert.NotSame(first, again); // each reply its own attachment
    }

    [Fact]
    public void Seats_and_language_make_different_cards()
    {
        RenderedCards.Render(Card, Language.Chinese, Beijing);

        var fewer = RenderedCards.Render(Card with { SeatsLeft = 3 }, Language.Chinese, Beijing).Content!.Value;
        var english = RenderedCards.Render(Card, Language.English, Beijing).Content!.Value;

        Assert.Contains("剩余名额：3", fewer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Sign up", english.GetProperty("buttons")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void A_button_value_is_its_title_as_json_whether_kept_or_not()
    {
        var first = PromptRenderer.ImBack("我的报名 \"x\"");
        var again = SignUpActions.ImBack("我的报名 \"x\"");

        Assert.Equal("我的报名 \"x\"", first.Value!.Value.GetString());
        Assert.Equal(first.Value!.Value.GetRawText(), again.Value!.Value.GetRawText());
        Assert.Equal("imBack", again.Type);
        Assert.Equal("other", PromptRenderer.ImBack("other").Value!.Value.GetString());
    }
}
