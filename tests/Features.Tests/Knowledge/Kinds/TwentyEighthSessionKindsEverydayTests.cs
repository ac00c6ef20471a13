using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 28 (oos32): a worker's everyday matters that borrow a union topic's word (go, photos, notifications, 学费,
/// someone to reply), each fixed as a kind and tried on sentences written for this test, not taken from an eval file;
/// beside them, the union's own service asked in the same words, which must keep its answer.
/// </summary>
public sealed class TwentyEighthSessionKindsEverydayTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: English "go" before a pastime's -ing is an outing, not the board game Go.</summary>
    [Theory]
    [InlineData("we go fishing every sunday, what bait works in winter")]
    [InlineData("do people still go swimming in houhai lake in winter")]
    [InlineData("my husband and i go hiking in the western hills, which trail is easiest")]
    public void An_outing_said_with_go_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The game named with its own words stays the chess club's.</summary>
    [Theory]
    [InlineData("is there a go club at the union")]
    [InlineData("does the union have anyone who plays go with beginners")]
    public void The_game_of_go_is_the_chess_club(string text) => Assert.Equal("club:club-chess", Recognizer.Recognize(text).Label);

    /// <summary>Kind: photos kept, moved, printed or lost on a device are the phone's or the cloud's matter.</summary>
    [Theory]
    [InlineData("how do i move photos from my old phone to my new one")]
    [InlineData("my phone storage is full of photos, how do i free up space")]
    [InlineData("how do i print photos from my phone at home")]
    [InlineData("my photos got deleted from my phone, can i get them back")]
    [InlineData("手机里的照片删了还能恢复吗")]
    [InlineData("电脑里的老照片怎么传到网盘")]
    public void Photos_on_a_device_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Taking or editing photos with a club stays the photography club's.</summary>
    [Theory]
    [InlineData("i like taking photos on weekends, is there a union photography club")]
    [InlineData("摄影社教不教手机修图")]
    public void Taking_photos_with_a_club_is_the_club(string text) => Assert.Equal("club:club-photography", Recognizer.Recognize(text).Label);

    /// <summary>Kind: another app's or group's pushes and reminders are that app's settings, not the union's notices.</summary>
    [Theory]
    [InlineData("抖音的推送太多了 怎么关掉")]
    [InlineData("快手的消息通知怎么关")]
    [InlineData("朋友圈的消息提醒怎么关")]
    [InlineData("微信群老是提醒 怎么设置不响")]
    public void Another_apps_notifications_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own notices turned off stay an unsubscribe.</summary>
    [Fact]
    public void The_unions_notices_turned_off_unsubscribe() => Assert.Equal("intent:unsubscribe", Recognizer.Recognize("以后工会的活动通知别发给我了").Label);

    /// <summary>Kind: the member's own study and its fees are skills training's study subsidy.</summary>
    [Theory]
    [InlineData("想自考个本科 工会能补学费吗")]
    [InlineData("读个专升本 工会能给补点学费不")]
    [InlineData("在职研究生的学费工会管不管")]
    [InlineData("can the union help pay for my part time degree")]
    public void Ones_own_study_fees_are_skills_training(string text) => Assert.Equal("faq:skills-training", Recognizer.Recognize(text).Label);

    /// <summary>A child's school fees stay the hardship fund's school aid.</summary>
    [Theory]
    [InlineData("孩子上大学交不起学费 工会能帮吗")]
    [InlineData("my daughter got into college but we can't afford the fees, can the union help")]
    public void A_childs_school_fees_are_hardship(string text) => Assert.Equal("faq:hardship", Recognizer.Recognize(text).Label);

    /// <summary>Kind: someone on the union's side asked to come back to the member, in English, is a hand-off.</summary>
    [Theory]
    [InlineData("can someone from the union get back to me")]
    [InlineData("could someone from the office please get back to me about this")]
    [InlineData("is there a staff member who can respond to me")]
    public void Someone_asked_to_reply_is_a_handoff(string text) => Assert.Equal("intent:handoff", Recognizer.Recognize(text).Label);

    /// <summary>Another person who owes the member a reply is the member's own matter.</summary>
    [Fact]
    public void A_landlords_reply_falls_back() => Assert.Equal("none", Recognizer.Recognize("how long should i wait for my landlord to get back to me").Label);

    /// <summary>Kind: asking after the other's day or week is chit-chat, not a topic's question.</summary>
    [Theory]
    [InlineData("how is your day, busy?")]
    [InlineData("how was your week at work")]
    [InlineData("how was your weekend, mine was boring")]
    [InlineData("hows your day been")]
    public void Asking_after_the_day_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);
    /// <summary>Kind: the air outside asked in English with a time (smog, air quality today) is the forecast's, not what is on.</summary>
    [Theory]
    [InlineData("what's the smog like today")]
    [InlineData("what's the air quality going to be like tomorrow")]
    [InlineData("is the aqi high tonight")]
    public void The_air_outside_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: an activity named only as the time of something else (活动完了想去…) does not make the plan the union's.</summary>
    [Theory]
    [InlineData("社团活动完了想去看电影 今晚有啥好片")]
    [InlineData("活动散了以后想去打羽毛球 附近球馆有啥推荐")]
    public void A_plan_after_an_activity_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>What the activity itself holds, or what is on after it, stays the union's.</summary>
    [Theory]
    [InlineData("太极拳活动结束后有没有合影", "club:club-taichi")]
    [InlineData("周六的活动结束以后还有啥安排", "intent:activities")]
    public void The_activity_itself_stays_ours(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
    /// <summary>Kind: another profession's state qualification exam (教资, 法考, the CPA) is the examining board's.</summary>
    [Theory]
    [InlineData("教师资格证面试要穿正装吗")]
    [InlineData("法考主观题怎么复习")]
    [InlineData("how hard is the cpa exam")]
    public void Another_professions_exam_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>A trade certificate the union trains for keeps skills training.</summary>
    [Fact]
    public void A_trade_certificate_is_skills_training() => Assert.Equal("faq:skills-training", Recognizer.Recognize("工会有没有电工证的培训").Label);

    /// <summary>Kind: a hospital's own deposit is the hospital cashier's, not a mutual-aid claim.</summary>
    [Theory]
    [InlineData("住院押金交了五千 出院时怎么结算")]
    [InlineData("出院了押金条找不到了 咋办")]
    public void A_hospital_deposit_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The hospital bill claimed from the union's mutual aid stays the claim.</summary>
    [Fact]
    public void A_bill_claimed_from_mutual_aid_is_the_claim() => Assert.Equal("faq:mutual-aid-claim", Recognizer.Recognize("住院花的钱工会互助保障能报多少").Label);

    /// <summary>Kind: a contest a magazine, a TV station or an account runs is theirs, not the union's club or contest.</summary>
    [Theory]
    [InlineData("the magazine's photo contest, how do i enter")]
    [InlineData("电视台办的舞蹈大赛怎么报名")]
    [InlineData("公众号办的书法比赛怎么投稿")]
    public void A_medias_contest_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own contest stays the union's.</summary>
    [Fact]
    public void The_unions_photo_contest_is_the_club() => Assert.Equal("club:club-photography", Recognizer.Recognize("工会摄影比赛怎么投稿").Label);
    /// <summary>Kind: a train as transport in English (the last train, will the trains run) is the railway's, not training.</summary>
    [Theory]
    [InlineData("will the trains run tomorrow")]
    [InlineData("what time is the last train home")]
    [InlineData("the union group said a storm is coming, will the trains run")]
    public void A_train_as_transport_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Training asked for, or "train" as learning a trade, stays skills training.</summary>
    [Theory]
    [InlineData("can the union train me as an electrician")]
    [InlineData("i want to train to be a welder, does the union pay for it")]
    public void Training_for_a_trade_is_skills_training(string text) => Assert.Equal("faq:skills-training", Recognizer.Recognize(text).Label);
    /// <summary>Kind: a library's card is the library's, not the union's card or Workers' Home.</summary>
    [Theory]
    [InlineData("how do i sign up for a library card in beijing")]
    [InlineData("借书证丢了去哪补")]
    public void A_library_card_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a card's cash back is the bank's or the shop's offer.</summary>
    [Fact]
    public void Cash_back_falls_back() => Assert.Equal("none", Recognizer.Recognize("what's the best card for cash back").Label);

    /// <summary>Kind: the neighbourhood's (社区) own activities are the neighbourhood's.</summary>
    [Theory]
    [InlineData("社区的广场舞活动在哪报名")]
    [InlineData("社区这周末有啥活动")]
    public void The_neighbourhoods_activities_fall_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's own card and dance activity keep their answers.</summary>
    [Theory]
    [InlineData("工会那张卡丢了怎么补", "faq:member-card-lost")]
    [InlineData("工会的广场舞活动在哪报名", "club:club-dance")]
    public void The_unions_own_card_and_activity_stay(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);
}
