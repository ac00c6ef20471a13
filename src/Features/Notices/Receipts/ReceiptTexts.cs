using EngageBot.Core.Turns;

namespace EngageBot.Features.Notices;

/// <summary>What members are told about their receipts (zh / en).</summary>
public static class ReceiptTexts
{
    public static readonly Localized NothingToConfirm = new(
        "这条通知不需要确认，或已被撤回。有问题可以直接问我。",
        "This notice does not need a confirmation, or it was withdrawn. Ask me anything if you have a question.");

    public static Localized Confirmed(string title) => new(
        $"已确认收到通知“{title}”，谢谢！",
        $"Confirmed: you got the notice \"{title}\". Thank you!");

    public static Localized AlreadyConfirmed(string title) => new(
        $"您已确认过收到通知“{title}”，无需再次确认。",
        $"You had already confirmed the notice \"{title}\"; nothing more to do.");

    /// <summary>The group's progress line: "【回执】“周五体检…” 已确认 37/120，…".</summary>
    public static string Progress(string title, long confirmed, long members) => confirmed >= members
        ? $"【回执】通知“{title}”已确认 {confirmed}/{members}，全部确认，谢谢大家！"
        : $"【回执】通知“{title}”已确认 {confirmed}/{members}。还没确认的请点通知下的“收到”，或在群里回复“收到”。";

    public static string ProgressEn(string title, long confirmed, long members) => confirmed >= members
        ? $"[Receipts] \"{title}\": {confirmed}/{members} confirmed, everyone. Thank you!"
        : $"[Receipts] \"{title}\": {confirmed}/{members} confirmed. If you have not yet, tap \"Got it\" under the notice or reply \"got it\" here.";

    /// <summary>The first line of a notice, short enough to name it in a reply.</summary>
    public static string Title(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 24 ? line : line[..24] + "…";
    }
}
