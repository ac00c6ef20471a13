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
    [InlineData("上周按你们说的去社区服务站交了材料，今天困难补助终于批下来了，真是太感谢你们了", Intent.Thanks)]
    [InlineData("好的好的 帮大忙了", Intent.Thanks)]
    [InlineData("这个小助手怎么用", Intent.Help)]
    [InlineData("no longer needed, cancel that", Intent.Cancel)]
    [InlineData("人工客服可以挂了", Intent.EndHandoff)]
    public void Short_commands_in_everyday_wording(string text, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text).Intent);

    [Fact]
    public void A_problem_told_with_a_thanks_is_still_answered() =>
        Assert.Equal("faq:member-card-lost", Recognizer.Recognize("我的工会会员卡前天坐地铁弄丢了，找了好几天都没找到，麻烦告诉我怎么补办，谢谢").Label);

    [Fact]
    public void A_long_story_asking_for_someone_to_talk_to_gets_the_topic_and_a_person() =>
        Assert.Equal("faq:counselling|intent:handoff", Recognizer.Recognize("my mum died in spring and since then I can't sleep and keep crying at work, is there anyone at the union I could talk to, a counsellor maybe").Label);

    [Fact]
    public void A_story_asking_for_the_person_outright_is_handed_over() =>
        Assert.Equal(Intent.Handoff, Recognizer.Recognize("我这个事情说来话长，又是工伤又是劳动合同的，机器人说不清楚，直接给我转人工客服吧").Intent);
}
