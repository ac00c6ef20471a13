using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// The boundary kinds mended in session 21 (helper scope24), each in sentences of its own (not evaluation lines): a
/// club's pastime said with a group word (舞蹈社, 舞蹈团) names the union's club, not a thing no entry knows; a topic's
/// facility asked about at a public place (商场里的母婴室, a nursing room at the airport) is that place's, not the
/// union's; a question put to the union (我是工会积极分子…有啥福利) is not someone else's for a word no entry knows.
/// Beside them, the union's own facilities near or in a place keep their answers, and the union named beside another
/// listed subject (演唱会门票) still falls back.
/// </summary>
public sealed class TwentyFirstSessionKindsScopeTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("舞蹈社今晚练吗")]
    [InlineData("舞蹈团收新人吗")]
    [InlineData("舞蹈社在哪儿练")]
    [InlineData("舞蹈社的老师是谁")]
    public void A_pastime_with_a_group_word_names_the_club(string text) => Assert.Equal("club:club-dance", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("商场里的母婴室在哪")]
    [InlineData("机场有没有哺乳室")]
    [InlineData("火车站的母婴室几点开")]
    [InlineData("高铁站母婴室要排队吗")]
    [InlineData("超市有没有哺乳室")]
    [InlineData("is there a mothers room at the airport")]
    [InlineData("where is the breastfeeding room at the mall")]
    [InlineData("is there a nursing room in the subway station")]
    public void A_public_places_facility_gets_an_honest_fallback(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("我是工会积极分子 想问问有啥福利")]
    [InlineData("我是工会的老会计 退休前还有啥福利能领")]
    [InlineData("我是工会小组长 组里的人都想问有啥福利")]
    public void A_question_put_to_the_union_is_not_read_as_someone_elses(string text) => Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("工会能帮忙抢演唱会门票吗")]
    [InlineData("工会管不管小区停车的事")]
    public void The_union_named_beside_another_subject_still_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("地铁站附近有没有户外劳动者驿站", "faq:outdoor-station")]
    [InlineData("单位楼里有母婴室吗", "faq:nursing-room")]
    [InlineData("天天在公园下棋，工会有象棋社吗", "club:club-chess")]
    public void The_unions_own_near_a_place_keep_their_answer(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
