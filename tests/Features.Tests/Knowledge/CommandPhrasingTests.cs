using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17: commands in everyday wording, read as word classes (a verb reaching for an object) rather than fixed
/// phrases. Written from how Beijing workers and English speakers say them, not from evaluation lines.
/// </summary>
public sealed class CommandPhrasingTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("人工", Intent.Handoff)]
    [InlineData("叫个工作人员来", Intent.Handoff)]
    [InlineData("让工作人员联系我", Intent.Handoff)]
    [InlineData("我要找你们负责的人", Intent.Handoff)]
    [InlineData("帮我转给工作人员", Intent.Handoff)]
    [InlineData("机器人听不懂，我要找人", Intent.Handoff)]
    [InlineData("能和人聊吗", Intent.Handoff)]
    [InlineData("transfer me to an agent", Intent.Handoff)]
    [InlineData("let me talk to someone", Intent.Handoff)]
    [InlineData("customer service please", Intent.Handoff)]
    [InlineData("不用人工了", Intent.EndHandoff)]
    [InlineData("不找人了", Intent.EndHandoff)]
    [InlineData("人工可以结束了", Intent.EndHandoff)]
    [InlineData("回到原来的助手", Intent.EndHandoff)]
    [InlineData("I'm done with the agent", Intent.EndHandoff)]
    [InlineData("no longer need a human", Intent.EndHandoff)]
    [InlineData("switch back to the bot", Intent.EndHandoff)]
    public void Asking_for_a_person_or_leaving_one(string text, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("取消推送")]
    [InlineData("通知太多了，关掉吧")]
    [InlineData("别再提醒我了")]
    [InlineData("不用给我发通知了")]
    [InlineData("退掉通知")]
    [InlineData("把我从通知名单里去掉")]
    [InlineData("stop the reminders")]
    [InlineData("please stop texting me")]
    [InlineData("take me off the mailing list")]
    [InlineData("no more alerts please")]
    public void Stopping_notices_is_an_unsubscribe_order(string text)
    {
        var result = Recognizer.Recognize(text);

        Assert.Equal(Intent.Unsubscribe, result.Intent);
        Assert.True(result.Acts);
    }

    [Theory]
    [InlineData("开通活动提醒")]
    [InlineData("我想收活动通知")]
    [InlineData("有新活动告诉我一声")]
    [InlineData("给我推送活动消息")]
    [InlineData("keep me updated")]
    [InlineData("send me updates about events")]
    public void Asking_for_notices_is_a_subscribe_order(string text) =>
        Assert.Equal(Intent.Subscribe, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("刚才那个取消掉")]
    [InlineData("撤了吧")]
    [InlineData("下次再弄吧")]
    [InlineData("打住打住")]
    [InlineData("cancel that")]
    [InlineData("cancel this please")]
    [InlineData("forget about it")]
    public void A_message_that_only_calls_off_is_a_cancel(string text) =>
        Assert.Equal(Intent.Cancel, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("得嘞，谢了", Intent.Thanks)]
    [InlineData("太好了，谢谢", Intent.Thanks)]
    [InlineData("3q", Intent.Thanks)]
    [InlineData("thank you so much", Intent.Thanks)]
    [InlineData("much appreciated", Intent.Thanks)]
    [InlineData("早啊", Intent.Greeting)]
    [InlineData("下午好呀", Intent.Greeting)]
    [InlineData("yo", Intent.Greeting)]
    public void Everyday_thanks_and_greetings(string text, Intent intent) =>
        Assert.Equal(intent, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("一个人工资三千能申请困难补助吗")]
    [InlineData("工作人员说可以报销")]
    [InlineData("跟人打架了怎么办")]
    [InlineData("最近心里憋得慌，想找个人聊聊")]
    [InlineData("人工智能会不会抢我的工作")]
    public void A_person_word_in_another_sense_asks_for_no_one(string text) =>
        Assert.NotEqual(Intent.Handoff, Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("这个活动不用收钱吧")]
    [InlineData("加入工会后会收到通知")]
    [InlineData("我接收不到通知")]
    [InlineData("关于活动通知的问题")]
    [InlineData("I don't want to miss any notices")]
    [InlineData("别取消通知")]
    [InlineData("don't stop my notifications")]
    [InlineData("通知能关吗")]
    public void Talk_about_notices_that_is_no_order_changes_nothing(string text) =>
        Assert.False(Recognizer.Recognize(text).Acts, text);
}
