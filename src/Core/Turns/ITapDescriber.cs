using System.Text.Json;

namespace EngageBot.Core.Turns;

/// <summary>
/// Says in words what a member did with a button (the message's postBack value), for staff reading a transcript:
/// "点了“收到”，确认收到通知“周五体检…”" rather than <c>{"action":"confirm","noticeId":"n_…"}</c>. Each feature describes
/// its own buttons; null when the value is not one of them. What a member chose in an anonymous poll is never said.
/// </summary>
public interface ITapDescriber
{
    Task<Localized?> DescribeAsync(JsonElement value, CancellationToken cancellationToken);
}
