using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// A reply's hero cards as the one template card a robot stream may carry (流式消息+模板卡片回复, doc 101031): a
/// <c>button_interaction</c> card (doc 101032) whose buttons' keys are the postBack values, so a press comes back as
/// a <c>template_card_event</c> (doc 101027) that runs the same action as the button anywhere else. Several cards
/// (近期活动) share one card, a button per activity named after it.
/// </summary>
public static class AiBotCards
{
    private const int MaxButtons = 6;
    private const int MaxButtonText = 12;

    /// <summary>The card's JSON, or null when the reply has no postBack button.</summary>
    public static string? For(Activity reply)
    {
        var cards = (reply.Attachments ?? []).Select(a => a.Content).OfType<JsonElement>().Where(c => c.ValueKind == JsonValueKind.Object).ToList();
        var buttons = new JsonArray();
        foreach (var card in cards)
        {
            foreach (var (label, value) in PostBacks(card))
            {
                var text = cards.Count == 1 ? label : $"{label} {Str(card, "title")}";
                buttons.Add(new JsonObject { ["text"] = Cut(text, MaxButtonText), ["style"] = 1, ["key"] = value });
            }
        }

        if (buttons.Count == 0)
        {
            return null;
        }

        while (buttons.Count > MaxButtons)
        {
            buttons.RemoveAt(buttons.Count - 1);
        }

        var first = cards[0];
        return new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject
            {
                ["title"] = Cut(cards.Count == 1 ? Str(first, "title") : reply.Text?.Trim(), 26),
                ["desc"] = cards.Count == 1 ? Str(first, "subtitle") ?? string.Empty : string.Empty,
            },
            ["task_id"] = "eb-" + Guid.NewGuid().ToString("N"),
            ["button_list"] = buttons,
        }.ToJsonString();
    }

    private static IEnumerable<(string Label, string Value)> PostBacks(JsonElement content)
    {
        if (!content.TryGetProperty("buttons", out var buttons) || buttons.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var button in buttons.EnumerateArray())
        {
            if (Str(button, "type") == "postBack" && button.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object)
            {
                yield return (Str(button, "title") ?? "OK", value.GetRawText());
            }
        }
    }

    private static string Cut(string? text, int length) => text is null ? string.Empty : text.Length > length ? text[..length] : text;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
