using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 29 (slip38): a real word that sounds like a union term is the member's word (a pinyin keyboard offers words
/// by frequency, so one who meant the term rarely ends up with a different real word): 复利 is compound interest, not
/// 福利; 大饼 a flatbread, not 大病; 大卡 a calorie, not 打卡. Such a word (<see cref="HomophoneCorrector.RealWord"/>) is
/// left as written and its question falls back; a slip that is no word is still corrected and answered, and the slip
/// report sets the real words it generates aside instead of counting them as slips to correct. Sentences written for
/// this test, not taken from an eval file.
/// </summary>
public sealed class TwentyNinthSessionKindsRealWordTests
{
    private static readonly KnowledgeIndex Index = KnowledgeBase.FromShippedContent().Current.Index;
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("银行定期存款的复利是按年算还是按月算")]
    [InlineData("早餐吃个大饼配豆浆热量高吗")]
    [InlineData("楼下那家大饼摊几点出摊")]
    [InlineData("一杯美式咖啡有多少大卡")]
    [InlineData("跑步半小时能消耗多少大卡")]
    [InlineData("下午犯困喝什么茶最提神")]
    [InlineData("做生意怎么抢占先机")]
    [InlineData("初学编程用什么电脑好")]
    [InlineData("射影几何难不难学")]
    [InlineData("保鲜袋能不能进冰箱冷冻")]
    public void A_real_word_that_sounds_like_a_term_is_read_as_written(string text)
    {
        Assert.Equal(TextNormalizer.Normalize(text), Index.Read(text));
        Assert.Equal("none", Recognizer.Recognize(text).Label);
    }

    [Theory]
    [InlineData("想学台极拳 工会有班吗", "club:club-taichi")]
    [InlineData("职工互助保帐一年交多少", "faq:mutual-aid-join")]
    [InlineData("工会的福莉都有啥", "faq:benefits")]
    [InlineData("心里咨询要预约吗", "faq:counselling")] // 心里 is a word, 心里咨询 is none: the longer term's slip
    [InlineData("摄影协会最近有外派活动吗", "club:club-photography")] // 外派 (jieba: 19) is too rare to be a real word
    public void A_slip_that_is_no_real_word_is_still_corrected_and_answered(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Fact]
    public void The_slip_report_sets_aside_the_real_words_it_generates()
    {
        // 先机 (an/ang for 相机) and 丧门 (zh/z for 上门) are generated slips and real words: set aside, not scored.
        Assert.Contains(SlipToleranceTests.Slips("相机"), s => s.Slipped == "先机" && HomophoneCorrector.RealWord(ChineseSegmenter.Base, s.Slipped));
        Assert.Contains(SlipToleranceTests.Slips("上门"), s => s.Slipped == "丧门" && HomophoneCorrector.RealWord(ChineseSegmenter.Base, s.Slipped));

        // Every slip of a clean three-character term is no word: all of them stay scored.
        var taichi = SlipToleranceTests.Slips("太极拳").ToList();
        Assert.NotEmpty(taichi);
        Assert.DoesNotContain(taichi, s => HomophoneCorrector.RealWord(ChineseSegmenter.Base, s.Slipped));

        // The line sits between 外派 (19, a slip) and 地保 (20, a word).
        Assert.False(HomophoneCorrector.RealWord(ChineseSegmenter.Base, "外派"));
        Assert.True(HomophoneCorrector.RealWord(ChineseSegmenter.Base, "地保"));
    }
}
