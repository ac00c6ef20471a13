using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace EngageBot.Core.Turns;

/// <summary>Two ids (a channel and a conversation or user id) as one 128-bit hash: two pairs sharing one are beyond reach.</summary>
internal static class PairHash
{
    // Joined by a separator no channel id holds.
    public static UInt128 Of(string channelId, string id)
    {
        var length = channelId.Length + 1 + id.Length;
        Span<char> text = length <= 256 ? stackalloc char[length] : new char[length];
        channelId.CopyTo(text);
        text[channelId.Length] = '/';
        id.CopyTo(text[(channelId.Length + 1)..]);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes((ReadOnlySpan<char>)text));
    }
}
