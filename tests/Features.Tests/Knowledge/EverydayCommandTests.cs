using EngageBot.Features.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17, commands in a member's own words read as grammars (session 19): "what did I sign up for" told as the
/// member's own sign-up and a list asked for, "what can you do" asked of the bot by name, "what's on" as a verb of
/// holding with a which-word, greetings that only call out, a person given up in mixed wording, and messages counted
/// (一天好几条) that ask nothing; an action talked about (a noun, a condition, a deed and what followed, a failure, a
/// gerund, someone else's matter) is no order. Written from the grammar, not from evaluation lines; the generated questions,
/// negations and third persons at the end must start no action.
/// </summary>
public sealed class EverydayCommandTests(ITestOutputHelper output)
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("我前两天好像报了个活动，是哪个来着")]
    [InlineData("帮我查查我报过的")]
    [InlineData("我这周在群里报了几个活动")]
    [InlineData("我已经报上的有哪些")]
    [InlineData("报过名的太多了记不清了，帮我列一下")]
    [InlineData("我名下有哪些报名")]
    [InlineData("我的signup")]
    [InlineData("have i registered for anything?")]
    [InlineData("am i signed up for the tai chi?")]
    [InlineData("I signed up for something last month, which one was it")]
    public void Asking_for_ones_own_sign_ups_lists_them(string text) =>
        Assert.Equal(Intent.MySignUps, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("我报名的时候显示已满，怎么回事")]
    [InlineData("我报名的那天下雨了，活动还办吗")]
    public void A_sign_up_told_as_the_time_of_something_else_is_no_list(string text) =>
        Assert.NotEqual(Intent.MySignUps, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("你都能干嘛")]
    [InlineData("小助手会些什么")]
    [InlineData("这个公众号是干嘛的")]
    [InlineData("在这能办哪些事")]
    [InlineData("这个bot支持什么")]
    [InlineData("what things can you help with")]
    [InlineData("what does this bot do")]
    [InlineData("sorry, what is this for?")]
    public void Asking_what_the_bot_does_is_help(string text) =>
        Assert.Equal(Intent.Help, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("工会卡有什么用")]
    [InlineData("你们工会能办啥")]
    [InlineData("what can you do about unpaid wages")]
    public void The_union_or_a_matter_asked_about_is_no_help_request(string text) =>
        Assert.NotEqual(Intent.Help, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("这个月工会安排了什么活动")]
    [InlineData("最近有没有活动")]
    [InlineData("工会搞了些啥活动")]
    [InlineData("list the events for next week")]
    public void Asking_what_is_held_lists_activities(string text) =>
        Assert.Equal(Intent.Activities, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("太极拳俱乐部最近有没有活动", "club-taichi")]
    [InlineData("职工之家有没有活动室", "workers-home")]
    public void A_named_club_or_place_is_answered_itself(string text, string id) =>
        Assert.Equal(id, Recognizer.Recognize(text).Top?.Entry.Id);

    [Theory]
    [InlineData("喂，有人在吗")]
    [InlineData("哎 在线吗")]
    [InlineData("anybody there?")]
    public void Calling_out_is_a_greeting(string text) =>
        Assert.Equal(Intent.Greeting, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("结束agent")]
    [InlineData("和agent聊完了")]
    public void Ending_a_person_in_mixed_wording_is_end_handoff(string text) =>
        Assert.Equal(Intent.EndHandoff, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("每天推好几条活动消息，关了吧", Intent.Unsubscribe)]
    [InlineData("这些通知我用不上了，停掉吧", Intent.Unsubscribe)]
    [InlineData("stop the push notifications", Intent.Unsubscribe)]
    [InlineData("把我从周六的书法报名里撤下来", Intent.CancelSignUp)]
    public void Everyday_orders_act(string text, Intent intent)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(intent, result.Intent);
        Assert.True(result.Acts);
    }

    private static readonly string[] Names = ["瑜伽", "周六的太极拳", "摄影外拍"];

    /// <summary>The session's new action words, each asked, negated, told of someone else or made conditional.</summary>
    public static IEnumerable<(string Action, string Text)> Lines()
    {
        foreach (var name in Names)
        {
            yield return ("cancelsignup", $"如果把我从{name}撤下来，还能再报吗");
            yield return ("cancelsignup", $"别把我从{name}撤下来");
            yield return ("cancelsignup", $"我同事想从{name}撤下来，怎么弄");
            yield return ("cancelsignup", $"从{name}撤下来要提前多久");
            yield return ("cancelsignup", $"我已经从{name}撤下来了，为啥还有提醒");
        }

        string[] notices = ["通知用不上了怎么关", "要是通知用不上了，能停掉吗", "通知还用得上，别停掉", "同事说通知用不上了要停掉，他怎么弄", "一天好几条通知，怎么关", "每天好几条通知，关掉会不会错过报名", "推了好几条消息，是不是发错了", "如果一天好几条消息，能不能少发点"];
        string[] english = ["how do i stop the push msgs?", "dont stop the push notifications", "if i stop the push msgs will i miss sign-ups", "my colleague wants to stop the push msgs, how"];
        string[] forMe = ["my wife wants to sign up for yoga, how does she do it for me?", "my colleague asked me to cancel his sign-up, is that ok for me to do?", "asking for a friend: could she check in for me?"];
        foreach (var text in notices)
        {
            yield return ("unsubscribe", text);
        }

        foreach (var text in english)
        {
            yield return ("unsubscribe", text);
        }

        foreach (var text in forMe)
        {
            yield return ("signup", text);
        }

        foreach (var text in Talked)
        {
            yield return ("any", text);
        }
    }

    /// <summary>
    /// An action talked about rather than asked for: a noun (退订的方法), a condition or subject (报名以后…, 退订了就…吧), a
    /// deed followed by what happened after (退订了，今天又收到了, i unsubscribed but…), a failure (退订不了), a gerund
    /// (unsubscribing also…), someone else's matter (给我同事退订一下), how long (取消报名要提前多久).
    /// </summary>
    private static readonly string[] Talked =
    [
        "退订的方法", "关于退订通知", "报名说明", "取消报名的流程", "退订以后报名还有效", "报名后在哪看结果", "退订了就收不到报名结果了吧",
        "取消订阅后报名提醒也没了吧", "退订通知跟退会是一回事吧", "退订了会影响积分", "退订的事以后再说", "我想了解下退订",
        "前两天退订了 今天又收到了", "我上个月就退订了，现在还在推", "报了名但是没收到确认", "退订不了", "退订通知失败了", "签到一直不成功", "取消报名失败",
        "给我同事退订一下通知", "帮我老婆报个名周六的瑜伽", "取消报名要提前多久", "签到要提前多长时间",
        "i unsubscribed but still get msgs", "tell me about unsubscribing", "unsubscribing also cancels my signups or not", "I heard unsubscribing stops the reminders too",
        "stop notices - is that possible", "i cancelled my yoga but it still shows",
    ];

    [Theory]
    [InlineData("帮我退订了吧", Intent.Unsubscribe)]
    [InlineData("退订，谢谢", Intent.Unsubscribe)]
    [InlineData("报名后天的瑜伽", Intent.SignUp)]
    [InlineData("取消后天的报名", Intent.CancelSignUp)]
    [InlineData("周六的瑜伽去不了了，帮我取消", Intent.CancelSignUp)]
    [InlineData("签到码是 1234", Intent.CheckIn)]
    [InlineData("unsubscribe me please", Intent.Unsubscribe)]
    public void Orders_beside_these_readings_still_act(string text, Intent intent)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(intent, result.Intent);
        Assert.True(result.Acts);
    }

    [Fact]
    public void The_new_words_asked_negated_or_told_of_others_start_no_action()
    {
        var lines = Lines().ToList();
        var acted = NoActionCheck.Acted(Recognizer, lines);
        output.WriteLine($"{lines.Count - acted.Count}/{lines.Count} start no action");
        Assert.True(acted.Count == 0, $"{acted.Count} of {lines.Count} acted:\n" + string.Join('\n', acted));
    }
}
