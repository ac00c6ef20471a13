using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 32 (oos32): the honest fallback's margin (out-of-scope-22, tests/Eval/README.md). A card's grade is a real
/// word and its perks are its owner's (金卡 is no slip of 京卡); a contest a business holds for its own ends; 体检 before
/// 查; a two-letter English word with an ending is another word ("hi" in "his"); the public insurance card named in
/// English; a crime and its lawyer; thanks to be translated; another owner's opening hours and courses, food safety, a
/// spreadsheet's functions and video meetings. Sentences written fresh for each kind, not taken from an
/// evaluation file.
/// </summary>
public sealed class ThirtySecondSessionKindsFallbackTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    [Theory]
    [InlineData("招商银行的金卡怎么申请")] // a bank's or a brand's gold card: written on purpose, not the union's 京卡 slipped
    [InlineData("东航金卡有什么权益")] // what a grade gives, whoever's it is
    [InlineData("星巴克金卡怎么升级")]
    [InlineData("what perks come with a platinum card")]
    [InlineData("my airline gold status perks")]
    public void A_cards_grade_is_its_owners(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("腾讯的开发者大赛什么时候报名")] // a firm's or a developer programme's contest
    [InlineData("小米的设计大赛怎么投稿")]
    [InlineData("宠物店办的萌宠比赛要交钱吗")] // a shop's pet show
    [InlineData("what's the prize for the google developer challenge")]
    [InlineData("our shop's sales competition this month, how is the bonus counted")] // an employer's sales race
    public void A_contest_held_by_a_business_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("体检查哪些", "faq:health-checkup")] // 体检 before 查 is the check-up, not 体 and 检查
    [InlineData("今年体检查不查胃镜", "faq:health-checkup")]
    [InlineData("my husband lost his member card", "faq:member-card-lost")] // "his" holds no "hi"
    public void A_word_is_read_whole_before_what_follows(string text, string label) => Assert.Equal(label, Shipped.Recognize(text).Label);

    [Theory]
    [InlineData("宠物体检查哪些项目")] // the pet's check-up stays the vet's
    [InlineData("体检查出来甲状腺结节严重吗")] // a finding weighed stays the doctor's
    [InlineData("register my kid for chess club at his school")] // a school's club, no longer a greeting
    [InlineData("my 医保 card is lost")] // the public insurance card in English
    [InlineData("where do i replace my social security card")]
    [InlineData("我哥被抓了 要请律师吗")] // a crime's lawyer: the police's and a criminal lawyer's
    [InlineData("how do i get my cousin out of jail")]
    [InlineData("how do you say thanks in japanese")] // thanks to be translated, not said to the bot
    [InlineData("translate thank you into german")]
    public void Someone_elses_matter_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("超市几点关门")] // another owner's or a venue's opening hours
    [InlineData("starbucks opening hours")]
    [InlineData("is the science museum open on tuesdays")]
    [InlineData("can i take a cooking course at the mall")] // another owner's course
    [InlineData("小龙虾吃了会不会食物中毒")] // food and its safety
    [InlineData("how do i make a pivot table")] // a spreadsheet's function, a video meeting
    [InlineData("how to share my screen in a zoom meeting")]
    public void Someone_elses_hours_course_food_or_software_falls_back(string text) => Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("职工之家几点开门", "faq:workers-home")] // the union's own places' hours
    [InlineData("母婴室几点开门", "faq:nursing-room")]
    [InlineData("工会的技能培训课程有哪些", "faq:skills-training")] // the union's own courses
    [InlineData("工会的电脑办公软件培训怎么报", "faq:skills-training")]
    [InlineData("金卡丢了咋办", "faq:member-card-lost")] // a bare card lost is still the member's
    [InlineData("京卡有什么用", "faq:member-card")]
    [InlineData("职工技能大赛怎么报名", "faq:labour-competition")] // the union's contests in the same words
    [InlineData("工会的技术创新大赛怎么参加", "faq:innovation-competition")]
    [InlineData("how do i enter the union skills contest", "faq:labour-competition")]
    [InlineData("被公司开除了能找工会的律师吗", "faq:legal-aid")] // a work dispute's lawyer is the union's legal aid
    [InlineData("my boss fired me without pay, can the union get me a lawyer", "faq:legal-aid")]
    [InlineData("hi there", "intent:greeting")]
    [InlineData("thanks a lot", "intent:thanks")]
    public void The_unions_own_in_the_same_words_is_still_answered(string text, string label) =>
        Assert.Equal(label, Shipped.Recognize(text).Label);
}
