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

    /// <summary>The first line of a notice, short enough to name it in a reply.</summary>
    public static string Title(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 24 ? line : line[..24] + "…";
    }
}
