using System.Collections.Concurrent;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Keeps what <see cref="SignUpCommandParser"/> read from each short text, "no command" included. Every message goes
/// through the parser before the assistant (<see cref="SignUpRoute"/>), and its reading (normalising, the action phrase
/// scans, the day) was ~2 % of a real-mix turn's CPU (bench/README.md); members send the same short texts again and
/// again ("我的报名", "这周末有什么活动？"). The reading depends on the text alone and <see cref="SignUpCommand"/> is
/// immutable, so a kept one is the one a fresh read would give. Bounded: short texts only, and a full set starts over.
/// </summary>
internal static class KeptCommands
{
    /// <summary>Longer texts are read every time (the parser takes no command longer than 60 characters anyway).</summary>
    public const int LongestText = 120;

    /// <summary>Readings kept before the set starts over.</summary>
    public const int Size = 4096;

    private static ConcurrentDictionary<string, SignUpCommand?> _kept = new(StringComparer.Ordinal);

    public static SignUpCommand? Parse(string text)
    {
        if (text.Length > LongestText)
        {
            return SignUpCommandParser.Read(text);
        }

        var kept = _kept;
        if (kept.TryGetValue(text, out var command))
        {
            return command;
        }

        command = SignUpCommandParser.Read(text);
        if (kept.Count >= Size)
        {
            // Starting over costs a few reads; a set that never forgets would keep every text ever sent.
            _kept = kept = new ConcurrentDictionary<string, SignUpCommand?>(StringComparer.Ordinal);
        }

        kept.TryAdd(text, command);
        return command;
    }
}
