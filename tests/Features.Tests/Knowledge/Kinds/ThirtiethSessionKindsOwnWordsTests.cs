using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 30 (syn40): an entry's own word asked plainly reaches the entry. A message that is only an entry's name or
/// synonym in a bare frame (…怎么申请, …是什么, …有吗, 想问一下…, "what is …") is no longer sent to the fallback by the
/// learned second opinion, nor by someone else's word found inside the longer own word (服务中心 in 服务中心电话)
/// (OwnWordAsked). Someone else's word as the whole message (医保, 社保: the state's) and words no entry lists
/// (意外险, 保费, 专利, 构图: taken out of the synonyms) still fall back. A sign-up verb that names joining the union or
/// enrolling the staff (sign up as a member, 报名入会, sign up our staff) is only a guess at a sign-up, as 参加 is.
/// </summary>
public sealed class ThirtiethSessionKindsOwnWordsTests
{
    private static readonly IntentRecognizer Shipped = Recognizers.Shipped();

    [Theory]
    [InlineData("二次报销咋申请", "faq:mutual-aid")] // the learned model sent these to the fallback
    [InlineData("请问二次报销怎么申请", "faq:mutual-aid")]
    [InlineData("想问一下挂失", "faq:member-card-lost")]
    [InlineData("想问一下补办", "faq:member-card-lost")]
    [InlineData("想问一下相亲", "faq:singles")]
    [InlineData("想问一下怎么取消", "faq:signup-howto")]
    [InlineData("服务中心电话是啥", "faq:union-office")] // 服务中心 alone may be anyone's; 服务中心电话 is the office's word
    [InlineData("请问服务中心电话", "faq:union-office")]
    [InlineData("服务中心电话有没有", "faq:union-office")]
    public void An_entrys_own_word_in_a_bare_frame_reaches_it(string text, string label) =>
        Assert.Equal(label, Shipped.Recognize(text).Label);

    [Theory]
    [InlineData("怎么办服务卡")] // 办 the card: getting one, as the entry's own title says
    [InlineData("怎么办会员服务卡")]
    public void Getting_the_card_said_with_the_titles_verb_is_the_apply_entry(string text) =>
        Assert.Equal("faq:member-card-apply", Shipped.Recognize(text).Label);

    [Theory]
    [InlineData("sign me up as a union member", "faq:join-union")] // a sign-up verb that joins the union: a guess, the topic answered
    [InlineData("我想报名入会", "faq:join-union")]
    [InlineData("I want to sign up our staff for mutual aid", "faq:mutual-aid-join")] // enrolling the staff in a scheme
    public void A_sign_up_verb_for_membership_answers_the_topic_and_starts_nothing(string text, string label)
    {
        var reading = Shipped.Recognize(text);
        Assert.Equal(label, reading.Label);
        Assert.False(reading.Acts);
    }

    [Theory]
    [InlineData("sign me up for yoga")]
    [InlineData("sign up for the tai chi class as a member")] // an activity named: still the sign-up
    [InlineData("帮我报名周日的书法课")]
    public void A_sign_up_for_an_activity_is_still_the_order(string text) =>
        Assert.Equal(Intent.SignUp, Shipped.Recognize(text).Intent);

    [Theory]
    [InlineData("医保是什么")] // the state's words, alone
    [InlineData("问一下社保")]
    [InlineData("想问一下公积金")]
    [InlineData("意外险有吗")] // the insurer's, no longer a synonym
    [InlineData("保费是什么")]
    [InlineData("what is premium")]
    [InlineData("what is critical illness insurance")]
    [InlineData("专利怎么申请")] // the patent office's
    [InlineData("构图是什么")] // the pastime's know-how
    [InlineData("车险有吗")]
    [InlineData("医保卡丢了怎么补")]
    [InlineData("移动服务中心电话是多少")] // another service centre's number
    [InlineData("社区服务中心电话是啥")]
    [InlineData("政务服务中心电话有没有")]
    [InlineData("问一下驾照怎么办理")]
    public void Someone_elses_word_asked_the_same_way_still_falls_back(string text) =>
        Assert.Equal(Intent.None, Shipped.Recognize(text).Intent);
}
