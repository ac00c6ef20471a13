using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Kinds of miss found on probes-told.tsv's tuned half and the other tuned halves (session 27): in-scope questions told
/// rather than asked (a story, a situation, a slip, English) and their `none` look-alikes. Each theory's sentences were
/// written fresh, not taken from any eval file.
/// </summary>
public sealed class TwentySeventhSessionKindsToldTests
{
    private static readonly Features.Knowledge.IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>
    /// An English word of the out-of-scope list is not found inside a longer word by a bare "d" ending (my car in
    /// "my card", fun in "fund"): only a word in e takes "d" (used, saved). The car itself stays someone else's matter.
    /// </summary>
    [Theory]
    [InlineData("signed up in spring but never got my card, where do I apply for it", "faq:member-card-apply")]
    [InlineData("my car broke down on the ring road, who do I call for towing", "none")]
    public void A_bare_d_does_not_make_a_longer_word(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>
    /// What comes with membership asked by the gain's own noun (有什么福利, 有哪些待遇, which perks, what welfare) while
    /// joining or membership is named: what members get, not how to join.
    /// </summary>
    [Theory]
    [InlineData("入会以后都有哪些 welfare 呀")]
    [InlineData("so which perks do I get with the union membership")]
    [InlineData("what benefits come with union membership these days")]
    public void The_gain_named_beside_joining_is_benefits(string text) =>
        Assert.Equal("faq:benefits", Recognizer.Recognize(text).Label);

    /// <summary>
    /// What a card in hand does (能用来干啥, 有什么用, what can I do with it) asks the card's use, not how to get one,
    /// though the story says how it came (发了, 拿着); a bank card's use stays someone else's.
    /// </summary>
    [Theory]
    [InlineData("工会给发了一张会员卡，拿在手里能用来干啥", "faq:member-card")]
    [InlineData("上周领到了工会会员卡，这卡平时有什么用", "faq:member-card")]
    [InlineData("单位给办了张银行卡发工资，这卡能用来干啥", "none")]
    public void What_a_card_in_hand_does_is_the_cards_use(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>
    /// A story naming its own topic by that topic's words (小发明, 提高效率; 发明创造 one of them) whose question clause names
    /// only a frame (比赛) is that topic's question: the frame's entry (labour contests), named by half the words or fewer
    /// and far behind over the whole, does not take it. A contest named by its own name stays the labour contest.
    /// </summary>
    [Theory]
    [InlineData("去年琢磨出个小发明提高效率，今年工会有什么比赛能参加吗", "faq:innovation-competition")]
    [InlineData("发明创造方面工会有比赛吗", "faq:innovation-competition")]
    [InlineData("车间要组织大家参加劳动竞赛，在哪报名", "faq:labour-competition")]
    public void A_story_naming_its_topic_keeps_it_over_the_frame_of_its_question(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>
    /// A living thing's need asked of the bot by its name (机器人也会累吗, 小助手要睡觉不): small talk about the bot, the
    /// honest fallback, not a topic the need's word shares (a rest station); a worker's rest asked stays the topic's.
    /// </summary>
    [Theory]
    [InlineData("你们这机器人也会累吗", "none")]
    [InlineData("小助手晚上要睡觉不", "none")]
    [InlineData("机器人也需要休息一下吧", "none")]
    [InlineData("你们机器人周末放假吗", "none")]
    [InlineData("送快递的中午累了有地方休息吗", "faq:outdoor-station")]
    public void A_living_things_need_asked_of_the_bot_is_about_the_bot(string text, string label) =>
        Assert.Equal(label, Recognizer.Recognize(text).Label);
}
