using System.Collections.Concurrent;
using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// An imBack button's value (its title as a JSON string), made once per title: the menu's buttons go out with most
/// replies, and each made its own JSON document. A JSON element is read-only, so replies share it. Bounded: cleared
/// when full (titles are the bot's own texts, a few hundred at most, but some carry a member's words).
/// </summary>
public static class ButtonValues
{
    private const int Capacity = 1024;
    private static readonly ConcurrentDictionary<string, JsonElement> Kept = new(StringComparer.Ordinal);

    public static JsonElement For(string title)
    {
        if (Kept.TryGetValue(title, out var value))
        {
            return value;
        }

        value = JsonSerializer.SerializeToElement(title, ProtocolJson.Default.String);
        if (Kept.Count >= Capacity)
        {
            Kept.Clear();
        }

        Kept[title] = value;
        return value;
    }
}
