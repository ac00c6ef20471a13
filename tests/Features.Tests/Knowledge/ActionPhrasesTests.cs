using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>Issue 17: only commands act; questions are answered, inferred requests confirmed, negations never run.</summary>
public sealed class ActionPhrasesTests
{
    [Theory]
    [InlineData("报名周六的瑜伽", MemberAction.SignUp, ActionMode.Command)]
    [InlineData("sign me up for tai chi", MemberAction.SignUp, ActionMode.Command)]
    [InlineData("帮我sign up周六的瑜伽", MemberAction.SignUp, ActionMode.Command)]
    [InlineData("取消瑜伽报名", MemberAction.CancelSignUp, ActionMode.Command)]
    [InlineData("退订通知", MemberAction.Unsubscribe, ActionMode.Command)]
    [InlineData("签到 123456", MemberAction.CheckIn, ActionMode.Command)]
    [InlineData("到门口了，墙上贴的签到码是 8816", MemberAction.CheckIn, ActionMode.Command)]
    [InlineData("我报了哪些", MemberAction.MySignUps, ActionMode.Command)]
    [InlineData("我想参加瑜伽", MemberAction.SignUp, ActionMode.Confirm)]
    [InlineData("能帮我报个名吗", MemberAction.SignUp, ActionMode.Confirm)]
    [InlineData("能参加吗", MemberAction.SignUp, ActionMode.Question)]
    [InlineData("插花活动家属能一起参加吗？", MemberAction.SignUp, ActionMode.Question)]
    [InlineData("怎么报名", MemberAction.SignUp, ActionMode.Question)]
    [InlineData("报名截止是哪天", MemberAction.SignUp, ActionMode.Question)]
    [InlineData("How do I cancel my club sign-up?", MemberAction.CancelSignUp, ActionMode.Question)]
    [InlineData("报名后怎么取消？", MemberAction.CancelSignUp, ActionMode.Question)]
    [InlineData("上次签到 4471 没成功，是咋回事", MemberAction.CheckIn, ActionMode.Question)]
    [InlineData("如果退订了签到码还会发给我吗", MemberAction.Unsubscribe, ActionMode.Question)]
    [InlineData("不想报了", MemberAction.SignUp, ActionMode.Negated)]
    [InlineData("别给我报", MemberAction.SignUp, ActionMode.Negated)]
    [InlineData("don't sign me up", MemberAction.SignUp, ActionMode.Negated)]
    [InlineData("别取消我的报名", MemberAction.CancelSignUp, ActionMode.Negated)]
    [InlineData("别帮我退订，我还要收的", MemberAction.Unsubscribe, ActionMode.Negated)]
    public void Reads_the_action_and_how_it_is_asked(string text, MemberAction action, ActionMode mode)
    {
        var reading = ActionPhrases.Read(text, TextNormalizer.Normalize(text));

        Assert.NotNull(reading);
        Assert.Equal((action, mode), (reading.Value.Action, reading.Value.Mode));
        Assert.Equal(mode == ActionMode.Command && action != MemberAction.MySignUps, reading.Value.Acts);
    }

    [Theory]
    [InlineData("互助保障怎么报销")]
    [InlineData("今天天气怎么样")]
    [InlineData("我在12号楼上班")]
    public void A_message_naming_no_action_reads_none(string text) =>
        Assert.Null(ActionPhrases.Read(text, TextNormalizer.Normalize(text)));
}
