using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.Member;

/// <summary>What the member page's activity calls say when they refuse, in both languages; each says what to do next.</summary>
public sealed class MemberActivityTexts(SignUpFormat format)
{
    public static readonly Localized NoActivity = new(
        "没有这个活动（可能已被删除）。请刷新活动列表再试。", "There is no such activity (it may have been removed). Refresh the list and try again.");

    public static readonly Localized NoClub = new("没有这个俱乐部。请从列表中选择俱乐部。", "There is no such club. Pick one from the list.");

    public static readonly Localized CheckAnswers = new("请检查报名信息后再提交。", "Please check your answers and send them again.");

    public static readonly Localized NotSignedUp = new(
        "您没有报名这个活动。请在“我的报名”中查看您的报名。", "You are not signed up for this activity. See “My sign-ups” for yours.");

    public static readonly Localized NoForm = new("这个活动没有报名表，无需修改。", "This activity has no sign-up form, so there is nothing to change.");

    public Localized SignUpClosed(ActivityRecord a) => new(
        $"{format.Headline(a, Language.Chinese)} 的报名已于 {format.Time(a.SignUpClosesAt, Language.Chinese)} 截止。看看其他活动吧。",
        $"Sign-up for {format.Headline(a, Language.English)} closed at {format.Time(a.SignUpClosesAt, Language.English)}. Have a look at the other activities.");

    public Localized ActivityCancelled(ActivityRecord a) => new(
        $"{format.Headline(a, Language.Chinese)} 已取消，无法报名或修改。看看其他活动吧。",
        $"{format.Headline(a, Language.English)} has been cancelled. Have a look at the other activities.");

    public static Localized ChangeClosed(ActivityRecord a) => FormTextsFor(a, Forms.FormTexts.ChangeClosed);

    public static Localized Changed(ActivityRecord a) => FormTextsFor(a, Forms.FormTexts.Changed);

    private static Localized FormTextsFor(ActivityRecord a, Func<string, string, Localized> text) =>
        text($"「{SignUpFormat.Title(a, Language.Chinese)}」", $"“{SignUpFormat.Title(a, Language.English)}”");
}
