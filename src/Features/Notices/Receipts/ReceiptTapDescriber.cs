using System.Text.Json;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Notices;

/// <summary>A confirm button's press, in words, for transcripts.</summary>
public sealed class ReceiptTapDescriber(NoticeStore notices) : ITapDescriber
{
    public async Task<Localized?> DescribeAsync(JsonElement value, CancellationToken cancellationToken)
    {
        if (ReceiptActions.Read(value) is not { } noticeId)
        {
            return null;
        }

        var notice = await notices.GetAsync(noticeId, cancellationToken);
        var title = notice is null ? null : ReceiptTexts.Title(notice.Text);
        return title is null
            ? new Localized("点了“收到”（确认收到一条已删除的通知）", "Tapped \"Got it\" (a notice that no longer exists)")
            : new Localized($"点了“收到”，确认收到通知“{title}”", $"Tapped \"Got it\" for the notice \"{title}\"");
    }
}
