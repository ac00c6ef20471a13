using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17: long messages read from their question, two questions in one line, and short commands as closed classes.
/// Phrasings written from the grammar (a comma or a spoken pause between two questions, "and how" in English, a story
/// with 想问 before what is asked, a voice-typed story parted by spaces), not taken from the evaluation sets.
/// </summary>
public sealed class LongMessagesTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("太极拳俱乐部在哪练，网球俱乐部在哪打球", "club:club-taichi|club:club-tennis")]
    [InlineData("两癌筛查在哪做 心理咨询要钱吗", "faq:cancer-screening|faq:counselling")]
    [InlineData("how do I apply for a member card and where is the nursing room", "faq:member-card-apply|faq:nursing-room")]
    public void Two_questions_parted_by_a_comma_a_pause_or_and_are_both_answered(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("刚入职被拉进工会了，不知道能享受点啥")] // a scene, then one question
    [InlineData("会员卡怎么办理，要带身份证吗")] // the second clause asks more of the first
    [InlineData("how do I claim from the mutual aid plan, what documents")]
    public void A_clause_that_only_adds_to_the_question_makes_no_second_one(string text) =>
        Assert.DoesNotContain('|', Recognizer.Recognize(text).Label);

    [Fact]
    public void A_story_is_answered_from_what_it_asks_after_asking_words() =>
        Assert.Equal("faq:benefits", Recognizer.Recognize("我上个月刚在单位填了入会申请表，工会小组长收了我的材料，今天已经是会员了，想问问入会以后会员都能享受哪些福利").Label);

    [Fact]
    public void A_voice_typed_story_is_read_from_its_question_clause() =>
        Assert.Equal("faq:wage-arrears", Recognizer.Recognize("包工头拖了我们俩月工钱了怎么办 打电话也不接 我们十来个人都等着这钱回家过年呢").Label);

    [Theory]
    [InlineData("这个小助手怎么用", Intent.Help)]
    [InlineData("no longer needed, cancel that", Intent.Cancel)]
    [InlineData("人工客服可以挂了", Intent.EndHandoff)]
    public void Short_commands_in_everyday_wording(string text, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text).Intent);
}
