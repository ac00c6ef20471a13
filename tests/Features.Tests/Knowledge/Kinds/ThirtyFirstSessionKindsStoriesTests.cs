using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 31 (two41, long messages): a request asked under a condition set before it ("如果…的话能帮我取消吗？") asks
/// what could be done, never an order to confirm; taking part told as done (上周参加了…) is the story's past, no sign-up
/// guessed; in a run of two questions parted by 另外/还有/also, the first question named by its topic's own words is
/// the main one even when its leader alone is not sure, the marked one the second; a treatment
/// asked for an ailment (膏药, 封闭针, 冰敷) or a vehicle's fault (打不着火, 火花塞) after a story with union words falls
/// back, while a treatment's bill claimed or a rest station asked stays the union's. Sentences written for this test,
/// not taken from an eval file.
/// </summary>
public sealed class ThirtyFirstSessionKindsStoriesTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("下周的摄影课我报了，可是孩子可能发烧，要是到时候走不开的话能帮我取消吗？")]
    [InlineData("万一那天单位临时要值班，可以麻烦你帮我退掉报名吗")]
    [InlineData("if my shift changes and i cant come, could you cancel my registration then?")]
    public void A_request_under_a_condition_set_before_it_never_acts(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.False(read.Acts, $"{text}: {read.Label}");
        Assert.NotEqual(Intent.CancelSignUp, read.Intent);
    }

    [Theory]
    [InlineData("周六的书法课去不了了，麻烦帮我取消报名")]
    [InlineData("帮我把周日的太极报名取消了吧，如果还来得及")]
    public void A_request_without_a_condition_before_it_still_cancels(string text) =>
        Assert.Equal(Intent.CancelSignUp, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("前几天参加了工会的舞蹈活动，跳完回家脚踝肿了，冰敷好还是热敷好")]
    [InlineData("上个月参加了单位的拔河比赛，第二天大腿酸得下不了楼，这种酸痛要几天才能好")]
    public void Taking_part_told_as_done_guesses_no_sign_up(string text)
    {
        var read = Recognizer.Recognize(text);
        Assert.NotEqual(Intent.SignUp, read.Intent);
        Assert.False(read.Acts, $"{text}: {read.Label}");
    }

    [Theory]
    [InlineData("会员体检每年都能做一次吗？还有女职工那个乳腺宫颈的筛查是另外约的吗", "faq:health-checkup", "faq:cancer-screening")]
    public void The_first_question_of_a_marked_run_is_kept(string text, string main, string second)
    {
        var read = Recognizer.Recognize(text);
        Assert.Equal(main, read.Label.Split('|')[0]);
        Assert.Contains(second, read.Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我家孩子上个月刚出生，另外我想问问工会的母婴室在哪")]
    public void A_story_before_the_marker_is_no_first_question(string text) =>
        Assert.Equal("faq:nursing-room", Recognizer.Recognize(text).Label.Split('|')[0]);

    [Theory]
    [InlineData("工会组织打羽毛球我扭到了手腕，现在一动就疼，药膏抹哪种好")]
    [InlineData("单位工会的太极班我去了两回，膝盖有点酸，是打封闭针还是贴膏药")]
    [InlineData("我跑外卖的，平时在工会的驿站喝水歇脚，这两天摩托车打不着火，是不是火花塞坏了")]
    public void A_treatment_or_a_vehicles_fault_asked_after_union_words_falls_back(string text) =>
        Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("上个月腰伤做了针灸理疗花了两千多，职工互助保障能报销吗", "faq:mutual-aid-claim")]
    [InlineData("我是送快递的，电动车没电了，附近的户外驿站能充电吗", "faq:outdoor-station")]
    public void A_treatments_claim_or_a_rest_station_stays_the_unions(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
