using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// A reply as WeCom app messages: its text (with any quick replies listed) as a text message, and each hero card
/// with postBack buttons as a <c>button_interaction</c> template card whose button keys carry the postBack values,
/// so a press comes back as a <c>template_card_event</c> that runs the same action as in any other channel.
/// </summary>
public static class WeComCards
{
    private const int MaxButtons = 6;

    public static IReadOnlyList<JsonObject> Build(Activity reply)
    {
        var messages = new List<JsonObject>();
        var cards = (reply.Attachments ?? []).Where(a => a.Content is { ValueKind: JsonValueKind.Object } c && PostBacks(c).Any()).ToList();
        var rest = reply with { Attachments = [.. (reply.Attachments ?? []).Except(cards)] };
        if (ReplyText.Render(rest, tappableButtons: false) is { } text)
        {
            messages.Add(new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = text } });
        }

        messages.AddRange(cards.Select(card => Card(card.Content!.Value)));
        return messages;
    }

    private static JsonObject Card(JsonElement content)
    {
        var buttons = new JsonArray();
        foreach (var (title, value) in PostBacks(content).Take(MaxButtons))
        {
            buttons.Add(new JsonObject { ["text"] = title, ["style"] = 1, ["key"] = value });
        }

        var card = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject { ["title"] = Str(content, "title") ?? string.Empty, ["desc"] = Str(content, "subtitle") ?? string.Empty },
            ["task_id"] = "eb-" + Guid.NewGuid().ToString("N"),
            ["button_list"] = buttons,
        };
        if (Str(content, "text") is { Length: > 0 } text)
        {
            card["sub_title_text"] = text;
        }

        return new JsonObject { ["msgtype"] = "template_card", ["template_card"] = card };
    }

    private static IEnumerable<(string Title, string Value)> PostBacks(JsonElement content)
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

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
