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
    private static readonly Lazy<FrozenDictionary<char, string[]>> Readings = new(Load);

    /// <summary>The folded readings of <paramref name="c"/>, most common first; empty when it is not in the table.</summary>
    public static IReadOnlyList<string> Of(char c) => Readings.Value.TryGetValue(c, out var readings) ? readings : [];

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

    private static FrozenDictionary<char, string[]> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge/pinyin.txt")
            ?? throw new InvalidOperationException("The pinyin table is not embedded.");
        using var reader = new StreamReader(stream);
        var readings = new Dictionary<char, List<string>>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab < 0)
            {
                continue;
            }

            var secondary = line.StartsWith('+');
            var syllable = Fold(line[(secondary ? 1 : 0)..tab]);
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

        return readings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }
}
