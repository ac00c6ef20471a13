using System.Globalization;
using System.Text;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The text of a signal on the wire (a NOTIFY payload). An append stays the short <c>conversationId:seq</c> hint;
/// a live signal is <c>␟kind␟origin␟conversationId␟payload</c> (␟ = U+001F, which JSON always escapes; an alert's
/// topic stands where the conversation id does), where
/// origin is the sending process, so an instance skips its own (it already acted on its sockets).
/// </summary>
internal static class SignalPayloads
{
    /// <summary>PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; a bigger live signal is not sent.</summary>
    public const int MaxBytes = 7900;

    private const char Separator = '\u001f';

    public static string Appended(string conversationId, long seq) =>
        conversationId + ":" + seq.ToString(CultureInfo.InvariantCulture);

    /// <summary>The live signal's text, or null when it would not fit a payload.</summary>
    public static string? Live(string origin, ConversationSignal signal)
    {
        var kind = signal.Kind switch
        {
            ConversationSignalKind.Typing => "t",
            ConversationSignalKind.Disconnect => "d",
            ConversationSignalKind.Alert => "a",
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal.Kind, "Only typing, disconnect and alerts are live signals."),
        };
        var text = string.Join(Separator, string.Empty, kind, origin, signal.ConversationId, signal.Payload ?? string.Empty);
        return Encoding.UTF8.GetByteCount(text) < MaxBytes ? text : null;
    }

    /// <summary>False for text that is no signal and for this process's own live signals.</summary>
    public static bool TryParse(string payload, string ownOrigin, out ConversationSignal signal)
    {
        signal = default;
        if (payload.StartsWith(Separator))
        {
            var parts = payload.Split(Separator, 5);
            if (parts.Length != 5 || parts[2] == ownOrigin || parts[4].Length == 0)
            {
                return false;
            }

            ConversationSignalKind? kind = parts[1] switch
            {
                "t" when parts[3].Length > 0 => ConversationSignalKind.Typing,
                "d" => ConversationSignalKind.Disconnect,
                "a" when parts[3].Length > 0 => ConversationSignalKind.Alert,
                _ => null,
            };
            if (kind is { } known)
            {
                signal = new ConversationSignal(known, parts[3], 0, parts[4]);
            }

            return kind is not null;
        }

        var colon = payload.LastIndexOf(':');
        if (colon > 0 && long.TryParse(payload.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            signal = new ConversationSignal(ConversationSignalKind.Appended, payload[..colon], seq);
            return true;
        }

        return false;
    }
}
