using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>What the sign-up feature says, in both languages. Every refusal says what to do next.</summary>
public sealed class SignUpTexts(SignUpFormat format, IOptions<SignUpOptions> options)
{
    // When check-in opens, as configured (SignUps:CheckInOpensBefore), not a fixed hour.
    private Localized OpensBefore => LeadTimeText.For(options.Value.CheckInOpensBefore);

    private Localized CheckInHint => new(
        $"活动开始前 {OpensBefore.Zh}内到现场，发送“签到 + 现场签到码”即可签到。",
        $"At the venue (from {OpensBefore.En} before the start), send \"check in\" and the code shown there.");

    public static readonly Localized Yes = new("是", "Yes");

    public static readonly Localized No = new("否", "No");

    public static readonly Localized MySignUpsButton = new("我的报名", "My sign-ups");

    public static readonly Localized CancelButton = new("取消报名", "Cancel sign-up");

    public static readonly Localized SignUpButton = new("报名", "Sign up");

    public static readonly Localized NothingUpcoming = new(
        "近期暂时没有可以报名的活动，新活动发布后会在这里看到。",
        "There is nothing open for sign-up right now; new activities will show up here.");

    public static readonly Localized NoMatch = new(
        "没有找到符合的近期活动。发送“我想报名”看看所有可报名的活动吧。",
        "I couldn't find an upcoming activity like that. Send \"I want to sign up\" to see everything open.");

    public static readonly Localized NoSignUps = new(
        "您目前没有进行中的报名。发送“我想报名”看看近期活动吧。",
        "You have no upcoming sign-ups. Send \"I want to sign up\" to see what's on.");

    public static readonly Localized NothingToCancel = new(
        "没有找到您要取消的报名。发送“我的报名”查看您的报名。",
        "I couldn't find that sign-up. Send \"my sign-ups\" to see yours.");

    public static readonly Localized NotFound = new(
        "没有找到这个活动，可能已经下架。发送“我想报名”查看可报名的活动。",
        "I couldn't find that activity; it may have been removed. Send \"I want to sign up\" to see what's open.");

    public static readonly Localized NotSignedUp = new(
        "好的，没有为您报名。想报名时发送“报名”加活动名，例如“报名周六的瑜伽”。",
        "OK, I haven't signed you up. To sign up, name the activity, for example \"sign me up for yoga\".");

    public static readonly Localized KeptSignUp = new("好的，已为您保留报名。", "OK, your sign-up stays as it is.");

    public static readonly Localized WrongCode = new(
        "签到码不对，请核对现场显示的 6 位数字后再发送“签到 123456”。",
        "That check-in code doesn't match. Check the 6 digits shown at the venue and send \"check in 123456\".");

    public static readonly Localized BadName = new(
        "这个名字无法使用，请发送“我叫 + 您的姓名”，例如“我叫王芳”。",
        "I can't use that name. Send \"my name is\" and your name, e.g. \"my name is Wang Fang\".");

    public static Localized NameSaved(string name, int renamed) => new(
        $"好的，报名名单上将显示您的姓名「{name}」" + (renamed > 0 ? $"，已同步更新您现有的{renamed}个报名。" : "。"),
        $"OK, rosters will show your name as “{name}”" + (renamed > 0 ? $"; {renamed} existing sign-up(s) updated." : "."));

    public Localized Confirmed(ActivityRecord a) => new(
        $"报名成功 ✅\n{format.Details(a, Language.Chinese)}\n{CheckInHint.Zh}",
        $"You're signed up ✅\n{format.Details(a, Language.English)}\n{CheckInHint.En}");

    public Localized Waitlisted(ActivityRecord a, int place) => new(
        $"{format.Headline(a, Language.Chinese)} 名额已满，已进入候补，第{place}位。有空位时会第一时间通知您。",
        $"{format.Headline(a, Language.English)} is full, so you're on the waitlist at place {place}. I'll tell you as soon as a seat frees up.");

    public Localized AlreadySignedUp(ActivityRecord a, SignUpRecord s, int? place) => s.Status == SignUpStatus.Waitlisted
        ? new($"您已报名{format.Headline(a, Language.Chinese)}，目前候补第{place}位，无需重复报名。",
            $"You're already on the waitlist for {format.Headline(a, Language.English)} (place {place}); no need to sign up again.")
        : new($"您已报名{format.Headline(a, Language.Chinese)}，名额已确认，无需重复报名。",
            $"You're already signed up for {format.Headline(a, Language.English)}; your seat is confirmed.");

    public Localized SignUpClosed(ActivityRecord a) => new(
        $"{format.Headline(a, Language.Chinese)} 的报名已于 {format.Time(a.SignUpClosesAt, Language.Chinese)} 截止。发送“我想报名”看看其他活动吧。",
        $"Sign-up for {format.Headline(a, Language.English)} closed at {format.Time(a.SignUpClosesAt, Language.English)}. Send \"I want to sign up\" to see other activities.");

    public Localized ActivityCancelled(ActivityRecord a) => new(
        $"{format.Headline(a, Language.Chinese)} 已取消，无法报名。发送“我想报名”看看其他活动吧。",
        $"{format.Headline(a, Language.English)} has been cancelled. Send \"I want to sign up\" to see other activities.");

    public Localized ConfirmSignUp(ActivityRecord a) => new(
        $"要为您报名{format.Headline(a, Language.Chinese)} 吗？请回复“是”或“否”。",
        $"Shall I sign you up for {format.Headline(a, Language.English)}? Reply \"yes\" or \"no\".");

    public Localized ConfirmCancel(ActivityRecord a) => new(
        $"确定要取消{format.Headline(a, Language.Chinese)} 的报名吗？请回复“是”或“否”。",
        $"Cancel your sign-up for {format.Headline(a, Language.English)}? Reply \"yes\" or \"no\".");

    public Localized Cancelled(ActivityRecord a) => new(
        $"已取消{format.Headline(a, Language.Chinese)} 的报名。欢迎下次再来！",
        $"Your sign-up for {format.Headline(a, Language.English)} is cancelled. Hope to see you another time!");

    public Localized CancelClosed(ActivityRecord a) => new(
        $"{format.Headline(a, Language.Chinese)} 已过取消截止时间（{format.Time(a.CancelClosesAt, Language.Chinese)}），如确实无法参加，请联系工会工作人员。",
        $"The cancellation deadline for {format.Headline(a, Language.English)} has passed ({format.Time(a.CancelClosesAt, Language.English)}). If you really can't come, please contact the union staff.");

    public Localized Promoted(ActivityRecord a) => new(
        $"好消息！您候补的活动有空位了，已为您确认报名 ✅\n{format.Details(a, Language.Chinese)}\n如不能参加，请发送“我的报名”取消，把名额让给其他会员。",
        $"Good news! A seat freed up and your sign-up is now confirmed ✅\n{format.Details(a, Language.English)}\nIf you can't come, send \"my sign-ups\" to cancel so someone else can go.");

    public Localized ActivityCancelledNotice(ActivityRecord a) => new(
        $"抱歉，{format.Headline(a, Language.Chinese)} 已取消，您的报名也随之取消。给您带来不便，敬请谅解。",
        $"Sorry, {format.Headline(a, Language.English)} has been cancelled, and so has your sign-up. Apologies for the trouble.");

    public Localized Choose(IReadOnlyList<ActivityRecord> activities) => new(
        "请选择要报名的活动：\n" + string.Join('\n', activities.Select((a, i) => $"{i + 1}. {format.Headline(a, Language.Chinese)}{Seats(a, Language.Chinese)}")),
        "Which activity would you like to sign up for?\n" + string.Join('\n', activities.Select((a, i) => $"{i + 1}. {format.Headline(a, Language.English)}{Seats(a, Language.English)}")));

    public Localized ChooseToCancel(IReadOnlyList<ActivityRecord> activities) => new(
        "您有多个报名，请选择要取消的：\n" + string.Join('\n', activities.Select((a, i) => $"{i + 1}. {format.Headline(a, Language.Chinese)}")),
        "You have several sign-ups. Which one should I cancel?\n" + string.Join('\n', activities.Select((a, i) => $"{i + 1}. {format.Headline(a, Language.English)}")));

    public Localized MySignUps(IReadOnlyList<(SignUpRecord SignUp, ActivityRecord Activity, int? QueuePlace)> list) => new(
        "您的报名：\n" + string.Join('\n', list.Select((x, i) => $"{i + 1}. {format.Headline(x.Activity, Language.Chinese)} · {Status(x.SignUp, x.QueuePlace, Language.Chinese)}")),
        "Your sign-ups:\n" + string.Join('\n', list.Select((x, i) => $"{i + 1}. {format.Headline(x.Activity, Language.English)} · {Status(x.SignUp, x.QueuePlace, Language.English)}")));

    public Localized CheckedIn(ActivityRecord a) => new(
        $"签到成功 ✅ 欢迎参加{format.Headline(a, Language.Chinese)}！",
        $"You're checked in ✅ Welcome to {format.Headline(a, Language.English)}!");

    public Localized AlreadyCheckedIn(ActivityRecord a) => new(
        $"您已签到过{format.Headline(a, Language.Chinese)}，无需重复签到。",
        $"You're already checked in for {format.Headline(a, Language.English)}.");

    public Localized CheckInNotConfirmed(ActivityRecord a) => new(
        $"您没有{format.Headline(a, Language.Chinese)} 的已确认报名，无法签到。如有疑问请联系现场工作人员。",
        $"You don't have a confirmed seat for {format.Headline(a, Language.English)}, so I can't check you in. Please ask the staff at the venue.");

    public Localized CheckInNotOpen(ActivityRecord a) => new(
        $"{format.Headline(a, Language.Chinese)} 现在不在签到时间内（开始前 {OpensBefore.Zh}至活动结束）。",
        $"Check-in for {format.Headline(a, Language.English)} isn't open now (it opens {OpensBefore.En} before the start and closes at the end).");

    public static Localized ButtonFor(ActivityRecord a) => new(
        $"报名 {SignUpFormat.Title(a, Language.Chinese)}", $"Sign up: {SignUpFormat.Title(a, Language.English)}");

    public static Localized CancelButtonFor(ActivityRecord a) => new(
        $"取消 {SignUpFormat.Title(a, Language.Chinese)}", $"Cancel: {SignUpFormat.Title(a, Language.English)}");

    /// <summary>" (5 seats left)" or " (full, waitlist open)", after a headline.</summary>
    public static string Seats(ActivityRecord a, Language language)
    {
        var left = a.Capacity - a.Confirmed;
        return language == Language.English
            ? left > 0 ? $" ({left} seats left)" : " (full, waitlist open)"
            : left > 0 ? $"（余{left}个名额）" : "（已满，可候补）";
    }

    private static string Status(SignUpRecord s, int? place, Language language) => s.Status switch
    {
        SignUpStatus.Waitlisted => language == Language.English ? $"waitlist place {place}" : $"候补第{place}位",
        SignUpStatus.Attended => language == Language.English ? "checked in" : "已签到",
        _ => language == Language.English ? "confirmed" : "已确认",
    };
}
