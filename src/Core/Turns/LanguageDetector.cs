namespace EngageBot.Core.Turns;

/// <summary>
/// Tells Chinese from English by the characters used; no model needed for two scripts. An English sentence
/// that quotes a Chinese name ("Where is the nursing room in 朝阳区?") is English: it counts as Chinese only
/// when Chinese characters are at least a quarter of its letters, or its Latin letters do not make three words.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The language of <paramref name="text"/>, or null when it has no letters to judge by.</summary>
    public static Language? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int han = 0, latin = 0, words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
            {
                han++;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
                words += inWord ? 0 : 1;
                inWord = true;
                continue;
            }

            inWord = false;
        }

        var english = latin >= 2 && (han == 0 || (words >= 3 && han * 3 < latin));
        return english ? Language.English : han > 0 ? Language.Chinese : null;
    }

    public static Language FromLocale(string? locale) =>
        locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.English : Language.Chinese;
}
