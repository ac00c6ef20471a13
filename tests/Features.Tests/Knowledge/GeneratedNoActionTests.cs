using EngageBot.Features.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, "a question about an action is answered, never executed", generated rather than listed: every
/// state-changing action (sign up, cancel a sign-up, check in, unsubscribe, leave a group) × every question-shaped or
/// negated template (能…吗, 怎么…, 可以…吗, 不想…了, 别给我…, 先不…, 还没想好要不要…; can I…?, how do I…?, don't…,
/// I don't want to…) × activity and club names. No line may start an action flow, not even a request to confirm
/// one, through the recognizer or the sign-up route's parser. Written from the grammar, not from evaluation lines.
/// </summary>
public sealed class GeneratedNoActionTests(ITestOutputHelper output)
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    private static readonly string[] Names = ["瑜伽", "书法班", "周六的太极拳", "摄影社的外拍", "网球俱乐部", "插花活动", "下周三的讲座"];

    private static readonly string[] EnglishNames = ["yoga", "the calligraphy class", "Saturday's tai chi", "the photography club", "tennis", "the flower arranging workshop"];

    /// <summary>Each action as a verb phrase with the name in it ({0}), the way members say it.</summary>
    private static readonly Dictionary<string, string[]> Verbs = new(StringComparer.Ordinal)
    {
        ["signup"] = ["报名{0}", "报{0}", "参加{0}", "报个{0}"],
        ["cancelsignup"] = ["取消{0}的报名", "取消报名{0}", "退掉{0}", "退出{0}的报名"],
        ["checkin"] = ["签到{0}", "在{0}签到", "给{0}签到"],
        ["unsubscribe"] = ["退订{0}的通知", "关掉{0}的推送", "退订通知"],
        ["leavegroup"] = ["退出{0}群", "退{0}的群", "退群"],
    };

    /// <summary>Each action in English: an infinitive (for can I / how do I / I don't want to) and an imperative (for don't).</summary>
    private static readonly Dictionary<string, (string[] Infinitive, string[] Imperative)> EnglishVerbs = new(StringComparer.Ordinal)
    {
        ["signup"] = (["sign up for {0}", "register for {0}", "join {0}"], ["sign me up for {0}", "register me for {0}", "book me into {0}"]),
        ["cancelsignup"] = (["cancel my sign-up for {0}", "cancel my registration for {0}", "withdraw from {0}"], ["cancel my sign-up for {0}", "cancel my {0} booking", "take me off {0}"]),
        ["checkin"] = (["check in for {0}", "check in at {0}"], ["check me in for {0}", "check me in at {0}"]),
        ["unsubscribe"] = (["unsubscribe from {0} notices", "turn off notifications for {0}", "unsubscribe"], ["unsubscribe me from {0} notices", "turn off the {0} notifications", "unsubscribe me"]),
        ["leavegroup"] = (["leave the {0} group", "leave this group"], ["remove me from the {0} group", "take me out of this group"]),
    };

    private static readonly string[] Templates = ["能{0}吗", "怎么{0}", "可以{0}吗", "不想{0}了", "别给我{0}", "先不{0}", "还没想好要不要{0}"];

    private static readonly string[] EnglishTemplates = ["can I {0}?", "how do I {0}?", "I don't want to {0}"];

    private static readonly string[] EnglishImperativeTemplates = ["don't {0}", "please don't {0}"];

    /// <summary>Every generated line, with the action it names.</summary>
    public static IEnumerable<(string Action, string Text)> Lines()
    {
        foreach (var (action, verbs) in Verbs)
        {
            foreach (var verb in verbs)
            {
                foreach (var name in verb.Contains("{0}", StringComparison.Ordinal) ? Names : Names.Take(1))
                {
                    var phrase = string.Format(System.Globalization.CultureInfo.InvariantCulture, verb, name);
                    foreach (var template in Templates)
                    {
                        yield return (action, template.Replace("{0}", phrase, StringComparison.Ordinal));
                    }
                }
            }
        }

        foreach (var (action, (infinitives, imperatives)) in EnglishVerbs)
        {
            foreach (var name in EnglishNames)
            {
                foreach (var template in EnglishTemplates)
                {
                    foreach (var verb in infinitives)
                    {
                        yield return (action, template.Replace("{0}", verb.Replace("{0}", name, StringComparison.Ordinal), StringComparison.Ordinal));
                    }
                }

                foreach (var template in EnglishImperativeTemplates)
                {
                    foreach (var verb in imperatives)
                    {
                        yield return (action, template.Replace("{0}", verb.Replace("{0}", name, StringComparison.Ordinal), StringComparison.Ordinal));
                    }
                }
            }
        }
    }

    [Fact]
    public void No_question_shaped_or_negated_phrasing_of_any_action_starts_it()
    {
        var lines = Lines().Distinct().ToList();
        var acted = NoActionCheck.Acted(Recognizer, lines);
        output.WriteLine($"{lines.Count - acted.Count}/{lines.Count} start no action");
        Assert.True(lines.Count > 500, $"only {lines.Count} lines generated");
        Assert.True(acted.Count == 0, $"{acted.Count} of {lines.Count} acted:\n" + string.Join('\n', acted));
    }
}
