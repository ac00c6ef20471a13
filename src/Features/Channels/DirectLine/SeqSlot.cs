using System.Globalization;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// An activity's JSON rendered before its sequence number is known: rendered with <see cref="Sentinel"/> in its id,
/// then split around it, so the database fills the number in (<see cref="DirectLineLog"/>) exactly as
/// <see cref="DirectLineChannel.ActivityId"/> writes it (at least seven digits, zero-padded).
/// </summary>
internal readonly record struct SeqSlot(string Head, string Tail)
{
    public const long Sentinel = long.MaxValue;

    private static readonly string SentinelDigits = Sentinel.ToString(CultureInfo.InvariantCulture);

    /// <summary>The slot, or null unless the sentinel's digits occur exactly once (a text that quotes them is appended the slow way).</summary>
    public static SeqSlot? TryFind(string json)
    {
        var at = json.IndexOf(SentinelDigits, StringComparison.Ordinal);
        return at >= 0 && json.IndexOf(SentinelDigits, at + 1, StringComparison.Ordinal) < 0
            ? new SeqSlot(json[..at], json[(at + SentinelDigits.Length)..])
            : null;
    }

    /// <summary>The JSON with <paramref name="seq"/> in the slot, as the database wrote it.</summary>
    public string Fill(long seq) => Head + seq.ToString("D7", CultureInfo.InvariantCulture) + Tail;
}
