using System.Collections.Concurrent;

namespace EngageBot.Core.Turns;

/// <summary>
/// One kept copy of each of a few texts that many long-lived entries repeat (channel ids, serviceUrls), so entries
/// share it instead of each keeping the copy its activity brought. Bounded: past <see cref="Limit"/> distinct texts
/// (not a handful after all) a text is kept as it came.
/// </summary>
internal sealed class SharedTexts
{
    public const int Limit = 256;

    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string Of(string text)
    {
        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return _texts.Count < Limit ? _texts.GetOrAdd(text, text) : text;
    }
}
