using System.Text.Json;
using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// What a robot posts for an activity: markdown, or, for a notice with a sign-up button, the same text with a
/// 「立即报名」 link (or a text_notice template card, <see cref="RobotSignUpStyle"/>) instead of the button, which a
/// robot's group could not press. Group robot docs (群机器人配置说明): markdown up to 4,096 bytes; template_card
/// text_notice needs <c>card_action</c> (type 1 = url); <c>jump_list</c> up to 3; titles are cut as advised.
/// </summary>
public static class RobotPost
{
    private const int MaxMarkdownBytes = 4096;
    private const int MaxTitle = 26;
    private const int MaxSubTitle = 112;
    private const string SignUp = "立即报名";

    /// <summary>The webhook body, or null when the activity says nothing.</summary>
    public static JsonObject? Build(Activity activity, Func<string, Uri?> linkFor, RobotSignUpStyle style)
    {
        var activityId = SignUpActivity(activity);
        var shown = activityId is null ? activity : WithoutSignUpButtons(activity);
        if (ReplyText.Render(shown, tappableButtons: false) is not { } text)
        {
            return null;
        }

        if (activityId is null)
        {
            return Markdown(text);
        }

        if (linkFor(activityId) is not { } link)
        {
            return Markdown(text + "\n> 报名：请在企业微信工作台打开「会员服务」，或在会员页「活动报名」中报名。");
        }

        return style == RobotSignUpStyle.TemplateCard ? Card(text, link) : Markdown(Fit(text, link) + $"\n[{SignUp}]({link.AbsoluteUri})");
    }

    /// <summary>The activity of the first sign-up button (<c>{"action":"signup","activityId":…}</c>) on the activity's cards, or null.</summary>
    public static string? SignUpActivity(Activity activity) =>
        (activity.Attachments ?? []).SelectMany(Buttons).Select(SignUpOf).FirstOrDefault(id => id is not null);

    private static JsonObject Markdown(string content) =>
        new() { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = content } };

    private static JsonObject Card(string text, Uri link)
    {
        var lines = text.Split('\n', 2, StringSplitOptions.TrimEntries);
        var card = new JsonObject
        {
            ["card_type"] = "text_notice",
            ["main_title"] = new JsonObject { ["title"] = Cut(lines[0], MaxTitle) },
            ["jump_list"] = new JsonArray(new JsonObject { ["type"] = 1, ["title"] = SignUp, ["url"] = link.AbsoluteUri }),
            ["card_action"] = new JsonObject { ["type"] = 1, ["url"] = link.AbsoluteUri },
        };
        if (lines.Length > 1 && lines[1].Length > 0)
        {
            card["sub_title_text"] = Cut(lines[1], MaxSubTitle);
        }

        return new JsonObject { ["msgtype"] = "template_card", ["template_card"] = card };
    }

    // The link must survive: the text gives way when the whole would pass WeCom's 4,096 bytes.
    private static string Fit(string text, Uri link)
    {
        var room = MaxMarkdownBytes - System.Text.Encoding.UTF8.GetByteCount($"\n[{SignUp}]({link.AbsoluteUri})") - 3;
        while (System.Text.Encoding.UTF8.GetByteCount(text) > room)
        {
            text = text[..(text.Length * 9 / 10)];
        }

        return text;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static Activity WithoutSignUpButtons(Activity activity) => activity with
    {
        Attachments = [.. (activity.Attachments ?? []).Select(a => a.Content is { ValueKind: JsonValueKind.Object } content
            ? a with { Content = Strip(content) }
            : a)],
    };

    private static JsonElement Strip(JsonElement content)
    {
        var node = JsonNode.Parse(content.GetRawText())!.AsObject();
        if (node["buttons"] is JsonArray buttons)
        {
            foreach (var button in buttons.Where(b => b is not null && SignUpOf(Element(b)) is not null).ToList())
            {
                buttons.Remove(button);
            }
        }

        return Element(node);
    }

    private static JsonElement Element(JsonNode? node) => JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

    private static IEnumerable<JsonElement> Buttons(Attachment attachment) =>
        attachment.Content is { ValueKind: JsonValueKind.Object } content && content.TryGetProperty("buttons", out var buttons)
            && buttons.ValueKind == JsonValueKind.Array
            ? buttons.EnumerateArray()
            : [];

    private static string? SignUpOf(JsonElement button) =>
        button.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "postBack"
        && button.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String && action.GetString() == "signup"
        && value.TryGetProperty("activityId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
