using System.Collections.Frozen;
using System.Reflection;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Toneless pinyin of the common (GB2312) characters, from the embedded <c>pinyin.txt</c>, with the
/// distinctions pinyin typists most often blur folded together (zh/z, ch/c, sh/s, n/l, -ng/-n), so 咨循 and 咨询,
/// 互主 and 互助, 福泥 and 福利 read alike. Only used to forgive typing slips of the knowledge base's own terms.
/// </summary>
public static class PinyinTable
{
    private static readonly Lazy<(FrozenDictionary<char, string[]> Readings, FrozenSet<string> Syllables)> Table = new(Load);

    /// <summary>The folded readings of <paramref name="c"/>, most common first; empty when it is not in the table.</summary>
    public static IReadOnlyList<string> Of(char c) => Table.Value.Readings.TryGetValue(c, out var readings) ? readings : [];

    /// <summary>Whether <paramref name="syllable"/> is a toneless pinyin syllable as typed (ü as u or v: lü, lv, lu).</summary>
    public static bool IsSyllable(ReadOnlySpan<char> syllable) => Table.Value.Syllables.GetAlternateLookup<ReadOnlySpan<char>>().Contains(syllable);

    /// <summary>
    /// Folds near-homophone spellings into one, the pairs pinyin typists blur: zh/z, ch/c, sh/s, n/l, and the nasal
    /// finals an/ang, en/eng, in/ing ("zhu" → "zu", "qing" → "qin", "nang" → "lan").
    /// </summary>
    public static string Fold(string syllable)
    {
        var s = syllable;
        if (s.Length > 2 && s[1] == 'h' && s[0] is 'z' or 'c' or 's')
        {
            s = string.Concat(s.AsSpan(0, 1), s.AsSpan(2));
        }

        if (s.Length > 1 && s[0] == 'n' && s[1] != 'g')
        {
            s = "l" + s[1..];
        }

        return s.EndsWith("ng", StringComparison.Ordinal) && !s.EndsWith("ong", StringComparison.Ordinal) && s.Length > 2
            ? s[..^1]
            : s;
    }

    private static (FrozenDictionary<char, string[]>, FrozenSet<string>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge/pinyin.txt")
            ?? throw new InvalidOperationException("The pinyin table is not embedded.");
        using var reader = new StreamReader(stream);
        var readings = new Dictionary<char, List<string>>();
        var syllables = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab < 0)
            {
                continue;
            }

            var secondary = line.StartsWith('+');
            var typed = line[(secondary ? 1 : 0)..tab];
            syllables.Add(typed);
            if (typed[0] is 'l' or 'n' && typed.Length > 1 && typed[1] == 'u')
            {
                syllables.Add(typed[0] + "v" + typed[2..]); // lv, nve: how a keyboard types lü, nüe
            }

            var syllable = Fold(typed);
            foreach (var c in line.AsSpan(tab + 1))
            {
                if (!readings.TryGetValue(c, out var list))
                {
                    readings[c] = list = [];
                }

                if (!list.Contains(syllable))
                {
                    list.Add(syllable); // most common readings come first in the file, so they lead the list
                }
            }
        }

        return (readings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()), syllables.ToFrozenSet(StringComparer.Ordinal));
    }
}
