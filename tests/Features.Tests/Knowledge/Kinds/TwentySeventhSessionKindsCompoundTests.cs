using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 27 (oos31): a union topic word that is only part of another thing's name (the gear a club uses, an ache a
/// pastime gives, a show, a place), each fixed as a kind and tried on sentences written for this test, not taken from
/// an eval file; beside them, the union's own club or service asked in the same words, which must keep its answer.
/// </summary>
public sealed class TwentySeventhSessionKindsCompoundTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: the gear itself (its care, a fault, its weight or size, one kind or another), which no club answers.</summary>
    [Theory]
    [InlineData("单反镜头发霉了还能用吗")]
    [InlineData("羽毛球拍穿线多少磅，拍子多重合适")]
    [InlineData("新买的毛笔要怎么保养")]
    [InlineData("瑜伽垫用久了怎么清洗")]
    [InlineData("棋盘选什么木头的好")]
    [InlineData("my tripod is broken, can it be fixed")]
    [InlineData("best dance shoes for a wide foot")]
    public void The_gear_itself_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The gear asked about with the club or the union's class beside it stays the club's.</summary>
    [Theory]
    [InlineData("工会瑜伽课要自己带垫子吗", "club:club-yoga")]
    [InlineData("摄影俱乐部外拍要带三脚架吗", "club:club-photography")]
    public void Gear_for_the_club_is_the_club(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: an injury or ache a pastime gives (a sprain, a sore knee or wrist) is the doctor's, not the club's.</summary>
    [Theory]
    [InlineData("打网球扭伤了手腕要冰敷吗")]
    [InlineData("跳广场舞崴脚了肿得厉害")]
    [InlineData("sprained my ankle at dance practice, ice or heat")]
    [InlineData("knee pain from tai chi stance, is it my posture")]
    public void A_pastimes_injury_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a pastime's shows, memes and places of origin: entertainment and sights, not the club.</summary>
    [Theory]
    [InlineData("is there a reality show about ballroom dancing")]
    [InlineData("any variety show about calligraphy")]
    [InlineData("单身的表情包发一个")]
    [InlineData("围棋的发源地是哪里")]
    public void A_pastimes_show_or_origin_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a museum named after a pastime, which a visitor asks about, not a member.</summary>
    [Theory]
    [InlineData("摄影博物馆周二开门吗")]
    [InlineData("摄影美术馆的展览到几号")]
    public void A_places_opening_hours_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own club, its Workers' Home and its singles' socials keep their answers in the same words.</summary>
    [Theory]
    [InlineData("工会的舞蹈队还招人吗", "club:club-dance")]
    [InlineData("职工之家的阅览室周末开门吗", "faq:workers-home")]
    [InlineData("工会组织的单身交友活动怎么报", "faq:singles")]
    [InlineData("does the union have a go club", "club:club-chess")]
    public void The_unions_own_keeps_its_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
