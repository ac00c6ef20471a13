using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// The kinds of chat mended in session 23 (chat26), each in sentences of its own (not evaluation lines): a talk ended
/// without naming the person (没别的问题了, 你们忙, that's all); a greeting followed by the real ask, which is the message;
/// what the bot can do asked as people run it together (能帮我干点啥) and its menu asked for; going back a step as a
/// call-off; thanks to the union's people by the names members call them (娘家人, 师傅); a time and "what is there"
/// asking for something that is no activity (今晚有啥电视剧).
/// </summary>
public sealed class TwentyThirdSessionKindsTalkTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    [Theory]
    [InlineData("没别的问题了 可以结束了")]
    [InlineData("我这边没啥事了 你们忙")]
    [InlineData("没其他事了 挂了哈")]
    [InlineData("就这样吧 不聊了")]
    [InlineData("nothing else, we're done here")]
    [InlineData("ok i'm good now, you can end it")]
    public void A_talk_ended_without_naming_the_person_ends_it(string text) => Assert.Equal("intent:endhandoff", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("没啥事干 好无聊")]
    [InlineData("没别的问题了，就是卡丢了咋补")]
    public void Nothing_to_do_or_a_question_after_it_ends_nothing(string text) => Assert.NotEqual("intent:endhandoff", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("在吗 问一下附近哪有修手机的")]
    [InlineData("哈喽 帮我推荐本书")]
    [InlineData("在不在 给我讲讲怎么炒股")]
    [InlineData("嗨 帮我算算房贷")]
    [InlineData("你好 我想问问今天限号是几")]
    public void A_greeting_before_an_ask_is_not_the_message(string text) => Assert.NotEqual("intent:greeting", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("你好，我是新会员，打声招呼")]
    [InlineData("hi how are you")]
    [InlineData("嗨 有人在吗")]
    [InlineData("你好 最近好吗")]
    public void A_greeting_that_asks_nothing_else_stays_a_greeting(string text) => Assert.Equal("intent:greeting", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("你能帮我干点啥")]
    [InlineData("这个小程序可以帮忙办些什么")]
    [InlineData("菜单在哪")]
    [InlineData("把菜单发我")]
    [InlineData("小助手会做点儿啥")]
    public void What_the_bot_can_do_in_run_together_words_is_help(string text) => Assert.Equal("intent:help", Recognizer.Recognize(text).Label);

    [Fact]
    public void A_canteen_menu_is_not_the_bots() => Assert.NotEqual("intent:help", Recognizer.Recognize("食堂菜单发我").Label);

    [Theory]
    [InlineData("go back")]
    [InlineData("回上一步")]
    [InlineData("回到上一步吧")]
    [InlineData("刚才那个不算")]
    public void Going_back_a_step_calls_it_off(string text) => Assert.Equal("intent:cancel", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("好的 感谢娘家人")]
    [InlineData("谢谢工会娘家人")]
    [InlineData("收到 谢谢工作人员")]
    [InlineData("thanks teacher")]
    public void Thanks_to_the_unions_people_is_thanks(string text) => Assert.Equal("intent:thanks", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("今晚有啥电视剧")]
    [InlineData("明天有啥好吃的")]
    [InlineData("周末有啥电影")]
    [InlineData("下午有什么球赛直播")]
    public void A_time_and_what_is_there_for_no_activity_lists_nothing(string text) => Assert.NotEqual("intent:activities", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("这周末有啥")]
    [InlineData("周六有什么好玩的")]
    [InlineData("下周有什么课")]
    [InlineData("周日有什么可去的")]
    public void A_time_and_what_is_there_still_lists_activities(string text) => Assert.Equal("intent:activities", Recognizer.Recognize(text).Label);
}
