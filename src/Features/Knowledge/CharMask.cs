namespace EngageBot.Features.Knowledge;

/// <summary>
/// Which characters a text holds, folded into 256 bits (by a mix of each character's two bytes). A phrase holding a
/// character the text lacks cannot be in it, so long phrase lists skip such a phrase with four AND operations instead of
/// a search: the lists are still walked in their order and every phrase that could match is searched as before, so
/// what is found does not change (bench/README.md, "Thirteenth session, branch cpu16").
/// </summary>
public readonly struct CharMask
{
    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    private CharMask(ulong a, ulong b, ulong c, ulong d)
    {
        _a = a;
        _b = b;
        _c = c;
        _d = d;
    }

    public static CharMask Of(ReadOnlySpan<char> text)
    {
        Span<ulong> words = stackalloc ulong[4];
        words.Clear();
        foreach (var ch in text)
        {
            var bit = (ch ^ (ch >> 8)) & 0xFF;
            words[bit >> 6] |= 1UL << (bit & 63);
        }

        return new(words[0], words[1], words[2], words[3]);
    }

    /// <summary>
    /// The characters <see cref="Phrases.IndexOf"/> needs in a text to find <paramref name="phrase"/> there: all of them,
    /// but a Latin verb's final e, which "-ing" drops ("bake" is found in "baking").
    /// </summary>
    public static CharMask OfPhrase(string phrase) =>
        Of(phrase.Length > 3 && phrase[^1] == 'e' && !TextNormalizer.IsHan(phrase[0]) ? phrase.AsSpan(0, phrase.Length - 1) : phrase);

    /// <summary>False when <paramref name="phrase"/> holds a character this text does not: it cannot be in the text.</summary>
    public bool MayHold(in CharMask phrase) =>
        ((phrase._a & ~_a) | (phrase._b & ~_b) | (phrase._c & ~_c) | (phrase._d & ~_d)) == 0;
}
