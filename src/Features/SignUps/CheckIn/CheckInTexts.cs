using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>What the member page's QR check-in answers when it cannot check the member in; the page shows it as it is.</summary>
internal static class CheckInTexts
{
    public static readonly Localized SignInFirst = new("请先登录再签到。", "Please sign in to check in.");

    public static readonly Localized UnknownToken = new(
        "这个签到二维码无效或已更换，请扫描现场最新的二维码。", "This check-in code is not valid (or was replaced); scan the one shown at the venue.");

    public static readonly Localized NoSeat = new(
        "您没有这个活动的确认名额，无法签到。发送“我的报名”查看您的报名。", "You don't hold a seat for this activity. Send \"my sign-ups\" to see yours.");

    public static readonly Localized Gone = new("活动已取消或不存在。", "The activity was cancelled or no longer exists.");

    /// <summary>The window as configured (<c>SignUps:CheckInOpensBefore</c>): "30 分钟", "2 小时".</summary>
    public static Localized NotOpen(TimeSpan opensBefore)
    {
        var lead = LeadTimeText.For(opensBefore);
        return new($"还不在签到时间内：签到从开始前 {lead.Zh}开放，到活动结束为止。", $"Check-in is open from {lead.En} before the start until the end.");
    }
}
