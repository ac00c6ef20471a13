using System.Globalization;
using System.Text;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The text of a signal on the wire (a NOTIFY payload). An append is the short <c>conversationId:seq</c> hint, or,
/// carrying its one row, <c>␟r␟origin␟conversationId␟seq␟json</c>; a live signal is
/// <c>␟kind␟origin␟conversationId␟payload</c> (␟ = U+001F, which JSON always escapes; an alert's topic stands where
/// the conversation id does), where origin is the sending process, so an instance skips its own (it already acted on
/// its sockets, and pushed its own rows).
/// </summary>
internal static class SignalPayloads
{
    /// <summary>PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; a bigger live signal is not sent.</summary>
    public const int MaxBytes = 7900;

    private const char Separator = '\u001f';

    public static string Appended(string conversationId, long seq) =>
        conversationId + ":" + seq.ToString(CultureInfo.InvariantCulture);

    /// <summary>An append's hint carrying its row, or null when it would not fit a payload (then the short hint goes).</summary>
    public static string? Row(string origin, string conversationId, long seq, string json)
    {
        var text = string.Join(Separator, string.Empty, "r", origin, conversationId, seq.ToString(CultureInfo.InvariantCulture), json);
        return Encoding.UTF8.GetByteCount(text) < MaxBytes ? text : null;
    }

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

            if (parts[1] == "r")
            {
                return TryParseRow(parts[3], parts[4], out signal);
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

    private static bool TryParseRow(string conversationId, string seqAndJson, out ConversationSignal signal)
    {
        signal = default;
        var separator = seqAndJson.IndexOf(Separator);
        if (conversationId.Length == 0 || separator <= 0 || separator == seqAndJson.Length - 1
            || !long.TryParse(seqAndJson.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || seq <= 0)
        {
            return false;
        }

        signal = new ConversationSignal(ConversationSignalKind.Appended, conversationId, seq, seqAndJson[(separator + 1)..]);
        return true;
    }
}
