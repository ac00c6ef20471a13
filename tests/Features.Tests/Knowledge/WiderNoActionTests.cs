using EngageBot.Features.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17's no-act rule generated over more grammar than <see cref="GeneratedNoActionTests"/>: a third person's
/// wish (我同事想…怎么弄, my colleague wants to…), a conditional (如果…能退吗, if I… can I…), a deed told as done or
/// gone wrong (我昨天…了，怎么没收到, I already… but…) and a polite question (麻烦问下…要带啥, could you tell me how to…),
/// for every state-changing action × zh/en × activity and club names. None may start an action, not even ask to
/// confirm one; the polite requests at the end (麻烦帮我报个名…) still do. Written from the grammar, not from
/// evaluation lines.
/// </summary>
public sealed class WiderNoActionTests(ITestOutputHelper output)
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    private static readonly string[] Names = ["瑜伽", "书法班", "周六的太极拳", "摄影社的外拍", "网球俱乐部", "插花活动", "舞蹈队"];

    private static readonly string[] EnglishNames = ["yoga", "the calligraphy class", "Saturday's tai chi", "the photography club", "the dance group"];

    /// <summary>Each action as a verb phrase with the name in it ({0}).</summary>
    private static readonly Dictionary<string, string[]> Verbs = new(StringComparer.Ordinal)
    {
        ["signup"] = ["报名{0}", "报{0}", "参加{0}"],
        ["cancelsignup"] = ["取消{0}的报名", "退掉{0}", "把{0}的报名取消"],
        ["checkin"] = ["在{0}签到", "签到{0}"],
        ["unsubscribe"] = ["退订{0}的通知", "关掉{0}的推送", "退订通知"],
        ["leavegroup"] = ["退出{0}群", "退群"],
    };

    private static readonly string[] ThirdPerson = ["我同事想{0}怎么弄", "我老婆也想{0}，行吗", "帮我朋友问一下能不能{0}", "我们班组小李说要{0}，他该咋操作", "家里老人想{0}，要注意啥"];

    private static readonly string[] Conditional = ["如果{0}了还能退吗", "要是{0}了临时有事怎么办", "万一{0}以后后悔了呢", "假如{0}，会有通知吗"];

    private static readonly string[] Reported = ["我昨天{0}了，怎么没收到消息", "我已经{0}了，为啥还显示原来的", "上周{0}过了，还要再弄一次吗", "之前{0}没成功是咋回事"];

    private static readonly string[] Polite = ["麻烦问下{0}要带啥", "请问{0}需要什么条件", "想问一下{0}有截止时间吗", "打听一下{0}的流程", "您好，{0}是在哪里弄"];

    /// <summary>Each action in English: an infinitive ({0} = the name) and a past form.</summary>
    private static readonly Dictionary<string, (string[] Infinitive, string[] Past)> EnglishVerbs = new(StringComparer.Ordinal)
    {
        ["signup"] = (["sign up for {0}", "join {0}"], ["signed up for {0}", "registered for {0}"]),
        ["cancelsignup"] = (["cancel the sign-up for {0}", "drop out of {0}"], ["cancelled my sign-up for {0}", "dropped out of {0}"]),
        ["checkin"] = (["check in at {0}"], ["checked in at {0}"]),
        ["unsubscribe"] = (["unsubscribe from {0} notices", "turn off notifications for {0}"], ["unsubscribed from {0} notices", "turned off notifications for {0}"]),
        ["leavegroup"] = (["leave the group for {0}"], ["left the group for {0}"]),
    };

    private static readonly string[] EnglishThirdPerson = ["my colleague wants to {0}, how does he do it", "can my wife {0} too?", "asking for a friend, how would she {0}?"];

    private static readonly string[] EnglishConditional = ["if I {0}, can I change my mind later?", "what happens if I {0}?", "if i {0} will i get a message"];

    private static readonly string[] EnglishPolite = ["could you tell me how to {0}?", "quick question, what do I need to {0}?", "just wondering whether I can {0}"];

    private static readonly string[] EnglishReported = ["I already {0} but nothing happened", "I {0} yesterday, why didn't I get a confirmation?", "i {0} last week, do i need to do it again"];

    /// <summary>Every generated line, with the action it names.</summary>
    public static IEnumerable<(string Action, string Text)> Lines()
    {
        string[][] templates = [ThirdPerson, Conditional, Reported, Polite];
        foreach (var (action, verbs) in Verbs)
        {
            foreach (var verb in verbs)
            {
                foreach (var name in verb.Contains("{0}", StringComparison.Ordinal) ? Names : Names.Take(1))
                {
                    var phrase = verb.Replace("{0}", name, StringComparison.Ordinal);
                    foreach (var template in templates.SelectMany(t => t))
                    {
                        yield return (action, template.Replace("{0}", phrase, StringComparison.Ordinal));
                    }
                }
            }
        }

        foreach (var (action, (infinitives, pasts)) in EnglishVerbs)
        {
            foreach (var name in EnglishNames)
            {
                foreach (var template in EnglishThirdPerson.Concat(EnglishConditional).Concat(EnglishPolite))
                {
                    foreach (var verb in infinitives)
                    {
                        yield return (action, template.Replace("{0}", verb.Replace("{0}", name, StringComparison.Ordinal), StringComparison.Ordinal));
                    }
                }

                foreach (var template in EnglishReported)
                {
                    foreach (var verb in pasts)
                    {
                        yield return (action, template.Replace("{0}", verb.Replace("{0}", name, StringComparison.Ordinal), StringComparison.Ordinal));
                    }
                }
            }
        }
    }

    [Fact]
    public void No_third_person_conditional_reported_or_polite_question_starts_an_action()
    {
        var lines = Lines().Distinct().ToList();
        var acted = NoActionCheck.Acted(Recognizer, lines);
        output.WriteLine($"{lines.Count - acted.Count}/{lines.Count} start no action");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", "noact-wider.report.txt"), $"{lines.Count - acted.Count}/{lines.Count} start no action\n" + string.Join('\n', acted));
        Assert.True(lines.Count > 500, $"only {lines.Count} lines generated");
        Assert.True(acted.Count == 0, $"{acted.Count} of {lines.Count} acted:\n" + string.Join('\n', acted));
    }

    [Theory]
    [InlineData("麻烦帮我报个名周六的瑜伽", Intent.SignUp)]
    [InlineData("请帮我报名书法班", Intent.SignUp)]
    [InlineData("麻烦取消我瑜伽的报名", Intent.CancelSignUp)]
    [InlineData("please sign me up for yoga", Intent.SignUp)]
    [InlineData("please cancel my yoga sign-up", Intent.CancelSignUp)]
    [InlineData("麻烦帮我退订通知", Intent.Unsubscribe)]
    public void A_polite_request_still_asks_for_the_action(string text, Intent intent)
    {
        Assert.Equal(intent, Recognizer.Recognize(text).Intent);
    }
}
