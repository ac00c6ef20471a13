using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 24 (oos27): kinds of out-of-scope questions that got a club, a hand-off or the help menu, each fixed as a
/// kind and tried on sentences written for this test, not taken from an eval file; beside them, the near in-scope
/// questions that must keep their answer.
/// </summary>
public sealed class TwentyFourthSessionKindsOutOfScopeTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: a pastime's technique asked as general knowledge (a move, a stroke, a style's difference) is anyone's question, not the club's.</summary>
    [Theory]
    [InlineData("太极拳的野马分鬃怎么练")]
    [InlineData("象棋当头炮怎么破")]
    [InlineData("毛笔字的撇怎么写才有力")]
    [InlineData("围棋的定式要背吗")]
    [InlineData("太极拳杨式和吴式差在哪")]
    [InlineData("瑜伽的鸽子式怎么做")]
    [InlineData("how do i improve my chess endgame")]
    [InlineData("how do i hold a tennis racket for a topspin forehand")]
    [InlineData("网球双手反手的技巧")]
    public void A_pastimes_technique_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The same pastime asked with people, a class or the union to do it with stays the club's.</summary>
    [Theory]
    [InlineData("想学太极拳 工会有人教吗", "club:club-taichi")]
    [InlineData("网球社团平时怎么练 有教练吗", "club:club-tennis")]
    [InlineData("书法协会有老师教楷书吗", "club:club-calligraphy")]
    public void A_pastime_with_people_to_do_it_with_is_the_club(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: a question about the bot itself (what it is, who made it, its name, age or partner) is small talk: the honest fallback.</summary>
    [Theory]
    [InlineData("你是真人在回我吗")]
    [InlineData("你单身吗")]
    [InlineData("你喜欢下象棋吗")]
    [InlineData("你有女朋友没")]
    [InlineData("are you a real human or what")]
    [InlineData("are you a human being")]
    [InlineData("do you have a boyfriend lol")]
    public void A_question_about_the_bot_itself_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>你 as anyone (a condition, or the union named beside it) is the member asking about themselves, not about the bot.</summary>
    [Theory]
    [InlineData("如果你喜欢跳舞 工会有舞蹈队吗", "club:club-dance")]
    [InlineData("你多大岁数还能参加互助保障", "faq:mutual-aid-join")]
    [InlineData("你有对象了还能参加联谊吗", "faq:singles")]
    [InlineData("if you like yoga is there a union class", "club:club-yoga")]
    public void You_as_anyone_is_a_question_for_the_knowledge(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Reaching for a person while naming the bot is still a hand-off.</summary>
    [Theory]
    [InlineData("你是机器人吧 帮我转真人")]
    [InlineData("不跟机器人说了 给我找个真人")]
    [InlineData("are you a bot? i want to talk to a real person")]
    public void Reaching_for_a_person_is_still_a_handoff(string text) => Assert.Equal("intent:handoff", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a commercial insurer's product or policy (重疾险, 医疗险, a premium) is the insurer's matter, not the union's mutual aid.</summary>
    [Theory]
    [InlineData("泰康的医疗险住院能报多少")]
    [InlineData("重疾险确诊了怎么申请赔付")]
    [InlineData("人寿的意外险摔伤了怎么报")]
    [InlineData("my AIA premium went up, can i switch plans")]
    [InlineData("my critical illness cover paid out, do i owe tax")]
    public void A_commercial_insurers_policy_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's mutual aid named beside commercial insurance keeps the question ours.</summary>
    [Theory]
    [InlineData("买了商业险还能申请工会的互助保障吗")]
    [InlineData("does union mutual aid pay on top of my private insurance")]
    public void Mutual_aid_beside_commercial_insurance_is_ours(string text) => Assert.StartsWith("faq:mutual-aid", Recognizer.Recognize(text).Label, StringComparison.Ordinal);
}
