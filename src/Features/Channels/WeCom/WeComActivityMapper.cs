using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// Turns a WeCom app message or event into an activity; null when nothing should run. A template card button
/// press (<c>template_card_event</c>) becomes the postBack its key carries, so a press on a sign-up card signs up.
/// The envelope and id are <see cref="CallbackActivity"/>'s.
/// </summary>
public static class WeComActivityMapper
{
    public const string ChannelId = "wecom";

    private static readonly string[] EventIdFields = ["Event", "TaskId"];

    public static Activity? Map(CallbackFields fields) =>
        CallbackActivity.Map(fields, ChannelId, EventIdFields, (type, userId) => type switch
        {
            "text" => CallbackActivity.Message(fields.Required("Content")),
            "voice" when fields["Recognition"] is { Length: > 0 } recognized => CallbackActivity.Message(recognized),
            "event" => Event(fields, userId),
            _ => null,
        });

    private static Activity? Event(CallbackFields fields, string userId) => fields["Event"] switch
    {
        "subscribe" => CallbackActivity.Subscribed(userId),
        "template_card_event" when PostBack(fields["EventKey"]) is { } value => new Activity { Type = ActivityTypes.Message, Value = value },
        _ => null,
    };

    /// <summary>The JSON value a card button was given as its key (see <see cref="WeComCards"/>), or null.</summary>
    public static JsonElement? PostBack(string? key)
    {
        if (key is null || !key.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(key).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
