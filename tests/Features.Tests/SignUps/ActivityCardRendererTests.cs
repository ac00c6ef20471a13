using System.Text.Json.Nodes;
using EngageBot.Bot;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Tests.SignUps;

public sealed class ActivityCardRendererTests
{
    private static readonly UnionTime Beijing = UnionTime.For("Asia/Shanghai");

    private static readonly ActivityCard Full = new("a-7", "Tai chi taster", new DateTimeOffset(2026, 11, 21, 23, 30, 0, TimeSpan.Zero), null, "Cultural palace square", 0);

    [Fact]
    public void A_full_activity_offers_the_waiting_list_in_Beijing_time()
    {
        var card = ActivityCardRenderer.Render(Full, Language.English, Beijing).Content!.Value;

        Assert.Equal("Sun 22 Nov 07:30", card.GetProperty("subtitle").GetString());
        Assert.Contains("Full: join the waiting list", card.GetProperty("text").GetString(), StringComparison.Ordinal);
        var button = card.GetProperty("buttons")[0];
        Assert.Equal("Join waiting list", button.GetProperty("title").GetString());
        Assert.Equal("a-7", button.GetProperty("value").GetProperty("activityId").GetString());
    }

    [Fact]
    public void An_unlimited_activity_says_so_in_Chinese()
    {
        var card = ActivityCardRenderer.Render(Full with { SeatsLeft = null }, Language.Chinese, Beijing).Content!.Value;

        Assert.Equal("11月22日 周日 07:30", card.GetProperty("subtitle").GetString());
        Assert.Contains("不限名额", card.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("报名", card.GetProperty("buttons")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void The_card_is_the_same_json_the_node_tree_wrote()
    {
        // The card was built as a JsonObject and serialised with the defaults; it is written directly now, byte for byte the same.
        var card = ActivityCardRenderer.Render(Full with { SeatsLeft = 3, ImageUrl = "https://example.org/a.png?x=1&y=\"2\"" }, Language.Chinese, Beijing);

        var expected = new JsonObject
        {
            ["title"] = "Tai chi taster",
            ["subtitle"] = "11月22日 周日 07:30",
            ["text"] = "地点：Cultural palace square\n剩余名额：3",
            ["buttons"] = new JsonArray(new JsonObject
            {
                ["type"] = "postBack",
                ["title"] = "报名",
                ["value"] = new JsonObject { ["action"] = "signup", ["activityId"] = "a-7" },
            }),
            ["images"] = new JsonArray(new JsonObject { ["url"] = "https://example.org/a.png?x=1&y=\"2\"" }),
        }.ToJsonString();
        Assert.Equal(expected, card.Content!.Value.GetRawText());
    }

    [Fact]
    public void A_kept_card_is_the_renderer_s_card()
    {
        var open = Full with { Id = "a-9", SeatsLeft = 4 };
        var first = RenderedCards.Render(open, Language.Chinese, Beijing);
        var again = RenderedCards.Render(open with { }, Language.Chinese, Beijing);

        var expected = ActivityCardRenderer.Render(open, Language.Chinese, Beijing);
        Assert.Equal(expected.ContentType, again.ContentType);
        Assert.Equal(expected.Content!.Value.GetRawText(), first.Content!.Value.GetRawText());
        Assert.Equal(expected.Content!.Value.GetRawText(), again.Content!.Value.GetRawText());
        Assert.NotSame(first, again); // each reply its own attachment
    }

    [Fact]
    public void Seats_and_language_make_different_kept_cards()
    {
        var open = Full with { Id = "a-10", SeatsLeft = 4 };
        RenderedCards.Render(open, Language.Chinese, Beijing);

        var fewer = RenderedCards.Render(open with { SeatsLeft = 3 }, Language.Chinese, Beijing).Content!.Value;
        var english = RenderedCards.Render(open, Language.English, Beijing).Content!.Value;

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
