using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps;

/// <summary>
/// What "不去了" means depends on what the bot just asked. With no question open it gives up a place the member holds
/// (a cancel, confirmed first). Said to the bot's "要为您报名周六的瑜伽吗？" it is a "no": the member holds no place yet.
/// Said to "要取消您周六瑜伽的报名吗？" it is a "yes". These read a member's own words as the answer to the open question;
/// a question ("不去了会怎样？") answers neither and is understood as usual.
/// </summary>
public static class PromptReplies
{
    /// <summary>To "shall I sign you up?": not going, not signing up, or calling it off ("算了", "不用了谢谢") is a no.</summary>
    public static YesNo ToSignUp(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return ActionPhrases.Read(text, normalized) switch
        {
            { Action: MemberAction.CancelSignUp, Mode: ActionMode.Command or ActionMode.Confirm } or { Action: MemberAction.SignUp, Mode: ActionMode.Negated } => YesNo.No,
            null when ShortReplies.Cancel(normalized) => YesNo.No,
            _ => YesNo.Neither,
        };
    }

    /// <summary>To "shall I cancel your sign-up?": not going ("对 不去了", "去不了了") is a yes; keeping it ("别取消", "不取消了") a no.</summary>
    public static YesNo ToCancel(string text) =>
        ActionPhrases.Read(text, TextNormalizer.Normalize(text)) switch
        {
            { Action: MemberAction.CancelSignUp, Mode: ActionMode.Command } => YesNo.Yes,
            { Action: MemberAction.CancelSignUp, Mode: ActionMode.Negated } => YesNo.No,
            _ => YesNo.Neither,
        };
}
