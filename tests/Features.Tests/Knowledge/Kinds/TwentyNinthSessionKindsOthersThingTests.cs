using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 29 (oos38): a union topic's word naming someone else's thing (a member's own gear and its faults, a show
/// on television or a video, a training company's course, a school's own societies and contests, a private
/// therapist's fee, learning one's own phone), each fixed as a kind and tried on sentences written for this test,
/// not taken from an eval file; beside them, the union's own service asked in the same words keeps its answer.
/// </summary>
public sealed class TwentyNinthSessionKindsOthersThingTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>Kind: the gear's own faults and care (dust, water, a broken string, restringing) and camera kinds by name.</summary>
    [Theory]
    [InlineData("单反镜头里进灰了还能用吗")]
    [InlineData("相机进水了咋办")]
    [InlineData("羽毛球拍线断了去哪重新穿线")]
    [InlineData("网球拍的线断了 自己能穿吗")]
    [InlineData("镜头上有划痕影响拍照吗")]
    [InlineData("微单跟卡片机哪个好")]
    public void Own_gear_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The club named beside the gear keeps it the club's.</summary>
    [Theory]
    [InlineData("工会摄影俱乐部能借微单吗", "club:club-photography")]
    [InlineData("工会网球俱乐部的球拍线断了找谁", "club:club-tennis")]
    public void Gear_at_the_club_stays_the_club(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: when a show airs or where to watch a video of it (几点播, 哪能看, 回放): the broadcaster's, not the topic's.</summary>
    [Theory]
    [InlineData("昨晚那个相亲节目在哪能看回放")]
    [InlineData("书法大赛的电视节目几点播")]
    [InlineData("网球公开赛的视频回放哪里看")]
    [InlineData("那个讲法律援助的节目啥时候重播")]
    [InlineData("瑜伽教学视频哪能看免费的")]
    public void A_show_or_video_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a named training company's course, fee or refund is the company's.</summary>
    [Theory]
    [InlineData("学而思的课一学期学费多少")]
    [InlineData("中公的培训班退费咋退")]
    [InlineData("粉笔的课学费贵不贵")]
    [InlineData("高顿会计课学费能分期吗")]
    public void A_training_companys_course_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a school's or university's own societies and contests.</summary>
    [Theory]
    [InlineData("儿子学校有哪些社团能参加")]
    [InlineData("大学里的摄影社怎么招新")]
    [InlineData("学校的创新大赛报名在哪")]
    [InlineData("高校书法比赛啥时候报名")]
    public void A_schools_society_or_contest_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's clubs and contests asked as such stay ours.</summary>
    [Theory]
    [InlineData("工会都有哪些社团能参加", "faq:clubs")]
    [InlineData("工会的创新大赛怎么报名", "faq:innovation-competition")]
    public void The_unions_societies_stay_ours(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: a private therapist and a consultation's fee are a paid practice's, not the union's free counselling.</summary>
    [Theory]
    [InlineData("私人心理咨询一次多少钱")]
    [InlineData("找个私人咨询师聊聊贵不贵")]
    [InlineData("心理咨询费一般怎么收")]
    public void A_private_therapist_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's counselling asked plainly stays counselling.</summary>
    [Theory]
    [InlineData("工会的心理咨询收费吗")]
    [InlineData("压力太大了 想找心理咨询聊聊")]
    public void The_unions_counselling_stays(string text) => Assert.Equal("faq:counselling", Recognizer.Recognize(text).Label);

    /// <summary>Kind: learning to use one's own phone or computer is no help with the bot.</summary>
    [Theory]
    [InlineData("我妈手机不会用 谁能教教")]
    [InlineData("刚换的新买的手机 不会用咋整")]
    [InlineData("电脑不会用 教教我")]
    public void Own_device_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Help with the bot itself stays help.</summary>
    [Theory]
    [InlineData("这个机器人我不会用 教教我")]
    [InlineData("不会用 教教我")]
    public void Help_with_the_bot_stays(string text) => Assert.Equal("intent:help", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a child's school aid named as a grant (助学金) or a family that cannot pay (供不起), asked of the union: hardship.</summary>
    [Theory]
    [InlineData("闺女考上大学了 工会给不给助学金")]
    [InlineData("儿子上大学家里供不起 工会能帮吗")]
    public void School_aid_asked_of_the_union_is_hardship(string text) => Assert.Equal("faq:hardship", Recognizer.Recognize(text).Label);

    /// <summary>The state's grant, named as such, is the school's and the state's.</summary>
    [Theory]
    [InlineData("国家助学金怎么申请")]
    [InlineData("大学的国家助学金一年发多少")]
    public void The_states_grant_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a service number dialled and its person asked for, however far apart in the message (打10086…转人工).</summary>
    [Theory]
    [InlineData("打10086一直是语音 按哪个键能转人工")]
    [InlineData("拨95588老是机器人在说话 怎么才能转到人工")]
    public void Another_numbers_person_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's person asked for beside a card stays a hand-off.</summary>
    [Fact]
    public void The_unions_person_stays_handoff() => Assert.Equal("intent:handoff", Recognizer.Recognize("银行卡丢了 转人工").Label);

    /// <summary>Kind: whether an app or program is any good (靠谱吗, 好不好用) is a consumer's question about it.</summary>
    [Theory]
    [InlineData("免费问律师的那个app靠谱吗")]
    [InlineData("心理咨询的app好不好用")]
    [InlineData("体检预约的软件靠不靠谱")]
    public void An_apps_worth_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: 咋弄 after a doing asks how it is done, as 怎么弄 does: a sign-up asked so is the how-to.</summary>
    [Theory]
    [InlineData("工会的活动报名咋弄")]
    [InlineData("活动报名是咋弄的啊")]
    public void How_a_signup_is_done_is_the_howto(string text) => Assert.Equal("faq:signup-howto", Recognizer.Recognize(text).Label);

    /// <summary>A trouble asked with 咋弄 keeps its topic.</summary>
    [Theory]
    [InlineData("老板欠了工资不给 咋弄", "faq:wage-arrears")]
    [InlineData("工会卡丢了咋弄", "faq:member-card-lost")]
    public void A_trouble_asked_with_zanong_keeps_its_topic(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: a patent or a trademark filed is the patent office's or an agent's, not the union's innovation contest.</summary>
    [Theory]
    [InlineData("申请个实用新型专利要多少钱")]
    [InlineData("发明专利申请下来要多久")]
    public void A_patent_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a sign-up someone made for the member at another business, asked after, is that business's.</summary>
    [Theory]
    [InlineData("我老婆给我报了个婚纱照套餐 值不值")]
    [InlineData("我妈给我报了家相亲网站 钱能退吗")]
    public void Someone_elses_signup_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: learning a pastime from a video or an online tutorial is the video's, not the club's.</summary>
    [Theory]
    [InlineData("在家跟着视频学瑜伽能学会吗")]
    [InlineData("网上的太极拳视频教程哪个好")]
    public void Learning_from_a_video_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Kind: a stray animal's rescue is an animal shelter's, not the hardship fund's 救助.</summary>
    [Theory]
    [InlineData("小区有只流浪猫受伤了 救助站电话多少")]
    [InlineData("流浪狗救助去哪找")]
    public void A_stray_animal_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>The union's club asked about its videos, the member's own sign-ups and the union's contest beside a patent stay ours.</summary>
    [Theory]
    [InlineData("工会太极拳俱乐部有教学视频吗", "club:club-taichi")]
    [InlineData("我报了哪些活动", "intent:mysignups")]
    [InlineData("工会的创新比赛要不要有专利", "faq:innovation-competition")]
    public void The_unions_own_stays(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>Kind: the income tax taken from one's pay is the tax office's and payroll's sum, not unpaid wages.</summary>
    [Theory]
    [InlineData("个人所得税 on my salary, who pays it")]
    [InlineData("how is 个人所得税 on my salary worked out")]
    [InlineData("工资里扣的个税是怎么算的")]
    public void Tax_on_pay_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>Wages owed, with tax named beside them, stay unpaid wages.</summary>
    [Fact]
    public void Wages_owed_stay_arrears() => Assert.Equal("faq:wage-arrears", Recognizer.Recognize("老板拖欠工资两个月了 还说要扣个税").Label);
}
