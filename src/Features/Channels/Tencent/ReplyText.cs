using System.Net;
using System.Text;
using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// A reply as the plain text WeChat and WeCom show: the text, each hero card's title and lines, and the buttons.
/// In WeChat, buttons become <c>weixin://bizmsgmenu</c> links that send their text back when tapped.
/// A card line equal to the message text is left out: a notice with buttons carries its text both as the message
/// and on the card (for channels that show only the card), and here both would land in one message.
/// </summary>
public static class ReplyText
{
    /// <summary>The text to send, or null when the activity says nothing (typing, events).</summary>
    public static string? Render(Activity reply, bool tappableButtons)
    {
        if (reply.Type != ActivityTypes.Message)
        {
            return null;
        }

        var said = reply.Text?.Trim() ?? string.Empty;
        var text = new StringBuilder(said);
        var buttons = new List<string>();
        foreach (var card in reply.Attachments ?? [])
        {
            if (card.Content is { ValueKind: JsonValueKind.Object } content)
            {
                AppendCard(text, content, buttons, said);
            }
        }

        buttons.AddRange((reply.SuggestedActions?.Actions ?? []).Select(a => a.Title ?? a.Value?.ToString() ?? string.Empty));
        var menuId = 0;
        foreach (var button in buttons.Where(b => b.Length > 0).Distinct(StringComparer.Ordinal))
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty);
            text.Append(tappableButtons ? Link(button, ++menuId) : "· " + button);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private static void AppendCard(StringBuilder text, JsonElement content, List<string> buttons, string said)
    {
        var title = Str(content, "title");
        foreach (var line in new[] { title, Str(content, "subtitle"), Str(content, "text") })
        {
            if (line is { Length: > 0 } && !string.Equals(line.Trim(), said, StringComparison.Ordinal))
            {
                text.Append(text.Length > 0 ? "\n" : string.Empty).Append(line);
            }
        }

        if (content.TryGetProperty("buttons", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var button in list.EnumerateArray())
            {
                // A sign-up postBack becomes the sentence the sign-up feature understands: "报名 <title>".
                var label = Str(button, "title");
                var postBack = Str(button, "type") == "postBack" && title is not null;
                buttons.Add(postBack ? $"{label} {title}" : label ?? string.Empty);
            }
        }
    }

    private static string Link(string text, int id) =>
        $"<a href=\"weixin://bizmsgmenu?msgmenucontent={WebUtility.HtmlEncode(text)}&msgmenuid={id}\">{WebUtility.HtmlEncode(text)}</a>";

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
