namespace EngageBot.Core.Turns;

/// <summary>Tells Chinese from English by the characters used; no model needed for two scripts.</summary>
public static class LanguageDetector
{
    /// <summary>The language of <paramref name="text"/>, or null when it has no letters to judge by.</summary>
    public static Language? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
            {
                han++;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
            }
        }

        return han > 0 ? Language.Chinese : latin >= 2 ? Language.English : null;
    }

    public static Language FromLocale(string? locale) =>
        locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.English : Language.Chinese;
}
