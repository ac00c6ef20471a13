using EngageBot.Features.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Issue 17's no-act rule for questions that cross one action into another's words: leaving a group asked about in
/// notice or cancel words (退群了还收通知吗, leave this group), a number or code in a question read as a check-in
/// (签到 4471 没成功), 取消 of something else (订单, 关注, 自动续费, an activity called off) read as cancelling a sign-up,
/// questions about notices read as (un)subscribing, 接龙 in the group, who to ask (报名找谁); in traditional characters, full-width digits,
/// with emoji and in English chat style (pls, u, cant, dont). None may start an action or ask to confirm one. Written
/// from the grammar, not from evaluation lines.
/// </summary>
public sealed class CrossedActionTests(ITestOutputHelper output)
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    private static readonly (string Action, string Text)[] Lines =
    [
        // leaving a group, asked about
        ("leavegroup", "退群了还能收到活动通知吗"), ("leavegroup", "退出群聊会不会把我的报名也取消了"), ("leavegroup", "怎么退群啊"),
        ("leavegroup", "我不小心退群了 报名还算数吗"), ("leavegroup", "群消息太多了 退了群还能报名吗"), ("leavegroup", "退出这个群要跟谁说"),
        ("leavegroup", "how do i leave this group"), ("leavegroup", "if i leave the group will my signup be cancelled"), ("leavegroup", "can i leave the group but still get notices"),
        ("leavegroup", "i left the group by mistake, how do i get back in"), ("leavegroup", "退群的话通知还推吗"), ("leavegroup", "退出群聊和退订通知是一回事吗"),
        // a number or code in a question
        ("checkin", "上回签到 5823 没成功 是咋回事"), ("checkin", "签到码 3391 是不是过期了"), ("checkin", "我输了 7719 显示错误 为啥"),
        ("checkin", "4471 是签到码吗"), ("checkin", "签到码是 6 位数还是 4 位数"), ("checkin", "同事发我的签到码 2288 我能用吗"),
        ("checkin", "签到 １２３４ 沒成功是怎麼回事"), ("checkin", "签到码５５２１怎么用不了😭"), ("checkin", "code 4471 didnt work, why"),
        ("checkin", "is 3391 the check in code?"), ("checkin", "cant check in, code 5823 not working"), ("checkin", "my friend gave me code 2288 can i use it"),
        ("checkin", "签到要输几位数字 比如 1234 这样吗"), ("checkin", "如果签到码 8812 输错了会怎样"),
        // 取消 of something else, an activity called off
        ("cancelsignup", "订单怎么取消"), ("cancelsignup", "取消关注以后还能收到消息吗"), ("cancelsignup", "视频会员怎么取消自动续费"),
        ("cancelsignup", "周六的瑜伽取消了吗"), ("cancelsignup", "下雨的话网球活动会取消吗"), ("cancelsignup", "这周的书法课是不是取消了"),
        ("cancelsignup", "活动取消了会通知我吗"), ("cancelsignup", "取消报名要扣分吗"), ("cancelsignup", "取消了还能再报吗"),
        ("cancelsignup", "is saturday's yoga cancelled?"), ("cancelsignup", "will the tennis session be cancelled if it rains"), ("cancelsignup", "if i cancel will i lose my spot forever"),
        ("cancelsignup", "u cant cancel my signup right? just checking"), ("cancelsignup", "dont cancel my yoga pls"), ("cancelsignup", "取消報名要怎麼弄"),
        ("cancelsignup", "我沒說要取消報名"), ("cancelsignup", "別取消我的瑜伽🙏"), ("cancelsignup", "取消的话提前几天说"),
        // notices asked about
        ("unsubscribe", "通知怎么关"), ("unsubscribe", "是不是我把通知关了所以收不到"), ("unsubscribe", "推送能不能只推瑜伽的"),
        ("unsubscribe", "退订了还能再订回来吗"), ("unsubscribe", "退訂通知會怎樣"), ("unsubscribe", "关了推送还能报名吗"),
        ("unsubscribe", "how do i turn off notifications pls"), ("unsubscribe", "dont unsubscribe me, i still want the updates"), ("unsubscribe", "if i unsubscribe can i still sign up"),
        ("unsubscribe", "why do u keep sending me stuff, is there a setting"), ("unsubscribe", "通知太多了 有没有办法少收点"), ("unsubscribe", "我没退订啊 怎么收不到了"),
        // 接龙 and signing up asked about
        ("signup", "群里接龙报名了 还用在这报吗"), ("signup", "接龙算报上了吗"), ("signup", "接龙在哪接"), ("signup", "我在群里接龙了 怎么查不到"),
        ("signup", "我可以報名瑜伽嗎"), ("signup", "瑜伽能报名吗😊"), ("signup", "wanna join yoga, how"), ("signup", "is yoga full? can i still join"),
        ("signup", "pls tell me how to sign up for tai chi"), ("signup", "can u sign up for someone else"), ("signup", "dont sign me up for anything pls"),
        ("signup", "i cant sign up, the button doesnt work"), ("signup", "報名截止是哪天"), ("signup", "报名要交钱不"), ("signup", "報了名可以帶家屬嗎"),
        // who to ask: 找谁, 问谁
        ("signup", "单位运动会报名找谁"), ("signup", "报名的事该问谁"), ("cancelsignup", "取消报名找谁弄"), ("checkin", "签到码 6612 不对 找谁"),
        ("unsubscribe", "退订通知要找谁"), ("signup", "谁负责报名啊"),
    ];

    [Fact]
    public void Questions_across_actions_start_no_action()
    {
        var acted = NoActionCheck.Acted(Recognizer, Lines);
        output.WriteLine($"{Lines.Length - acted.Count}/{Lines.Length} start no action");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", "noact-crossed.report.txt"), $"{Lines.Length - acted.Count}/{Lines.Length} start no action\n" + string.Join('\n', acted));
        Assert.True(acted.Count == 0, $"{acted.Count} of {Lines.Length} acted:\n" + string.Join('\n', acted));
    }
}
