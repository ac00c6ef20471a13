using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>What the guided sign-up ("我想报名" → club → session → confirm) says.</summary>
public static class SignUpFlowTexts
{
    public static readonly Localized Title = new("报名", "sign-up");

    public static readonly Localized ChooseClub = new("想报名哪个俱乐部的活动？", "Which club would you like to sign up with?");

    public static readonly Localized OtherActivities = new("其他活动", "Other activities");

    public static readonly Localized ChooseSession = new("请选择场次：", "Which session would you like?");

    public static readonly Localized NoSessions = new(
        "这里暂时没有可以报名的场次了，请换一个，或发送“取消”退出。",
        "There's no session open for sign-up there any more. Pick another one, or send \"cancel\" to stop.");

    public static readonly Localized NotSignedUp = new(
        "好的，这次先不报名。想报名时随时发送“我想报名”。",
        "OK, I haven't signed you up. Send \"I want to sign up\" whenever you like.");

    public static Localized Confirm(string zhHeadline, string enHeadline) => new(
        $"确认报名{zhHeadline}吗？",
        $"Sign you up for {enHeadline}?");
}
