namespace EngageBot.Features.Knowledge;

/// <summary>
/// A check-in order that lacks its code ("签到", "到了 签个到吧", "im here, check me in pls"): the check-in words and
/// the chat around them (arrival, fillers, please) leave nothing else. A sentence about check-in in general
/// ("朋友公司签到要人脸识别", "check in times for the yoga class") leaves words over and stays a question.
/// </summary>
public static class CheckInWithoutCode
{
    /// <summary>Check-in words, arrival and the chat around them; a Chinese word goes wherever it stands, an English one only whole.</summary>
    private static readonly string[] Words =
    [
        "签一下到", "签个到", "签下到", "签到", "我已经到了", "已经到了", "我到了", "到了", "人已到", "到现场了", "在门口了", "到门口了",
        "刚到", "已到",
        // arrival told with the place: 已经到活动现场了, 人在场地了, 到教室门口了
        "已经到", "已经在", "人在", "我在", "到场", "活动现场", "现场", "场地", "活动室", "教室", "门口", "楼下", "劳驾", "麻烦", "帮我", "给我", "请", "一下", "吧", "啊", "呀", "哈", "了", "嗯", "那个", "好", "我",
        "check", "checkin", "in", "me", "im", "i", "m", "here", "now", "arrived", "just", "pls", "please", "plz", "ok",
    ];

    /// <summary>At most this many characters other than those words: "刚到活动室 签到" keeps 活动室.</summary>
    private const int Leftover = 3;

    public static bool Asks(string normalized) =>
        normalized.Length <= 30 && WordsTaken.Rest(normalized, Words).Count(c => c != ' ') <= Leftover;
}
