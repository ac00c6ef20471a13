using System.Collections.Concurrent;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The listing's cards, rendered once per card and language: a card's JSON depends only on its fields (a record,
/// compared by value, seats left included), the language and the union's zone, and a listing turn renders up to ten
/// (about a third of a listing turn's allocations before). A rendered element is read-only, so turns share it; each
/// gets its own <see cref="Attachment"/>. Bounded: cleared when full (seats left change with every sign-up).
/// </summary>
public static class RenderedCards
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<(ActivityCard Card, Language Language, UnionTime Time), JsonElement> Kept = new();

    public static Attachment Render(ActivityCard card, Language language, UnionTime time)
    {
        var key = (card, language, time);
        if (!Kept.TryGetValue(key, out var content))
        {
            content = ActivityCardRenderer.Render(card, language, time).Content!.Value;
            if (Kept.Count >= Capacity)
            {
                Kept.Clear();
            }

            Kept[key] = content;
        }

        return new Attachment { ContentType = ActivityCardRenderer.HeroCardType, Content = content };
    }
}
