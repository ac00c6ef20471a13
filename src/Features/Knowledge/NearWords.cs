namespace EngageBot.Features.Knowledge;

/// <summary>Two word classes in order and close together ("找…客服", "通知…关掉"): how command readers tie a verb to its object.</summary>
public static class NearWords
{
    /// <summary>A word of <paramref name="first"/> followed within <paramref name="gap"/> characters by a word of <paramref name="then"/>.</summary>
    public static bool Near(string text, string[] first, string[] then, int gap)
    {
        foreach (var a in first)
        {
            // Every place of a Chinese word ("要…人工" after an earlier 要); an English word's first place only.
            for (var at = Phrases.IndexOf(text, a); at >= 0; at = TextNormalizer.IsHan(a[0]) ? text.IndexOf(a, at + 1, StringComparison.Ordinal) : -1)
            {
                var end = at + a.Length;
                var window = text.Substring(end, Math.Min(text.Length - end, gap + 16));
                foreach (var b in then)
                {
                    if (Phrases.IndexOf(window, b) is >= 0 and var found && found <= gap)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
