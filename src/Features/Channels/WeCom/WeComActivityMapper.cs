using System.Globalization;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// Turns a WeCom app message or event into an activity; null when nothing should run. A template card button
/// press (<c>template_card_event</c>) becomes the postBack its key carries, so a press on a sign-up card signs up.
/// </summary>
public static class WeComActivityMapper
{
    public const string ChannelId = "wecom";

    public static Activity? Map(CallbackFields fields)
    {
        var userId = fields.Required("FromUserName");
        var corpId = fields.Required("ToUserName");
        var createTime = fields.Number("CreateTime") ?? throw new CallbackRejectedException(CallbackRejection.Missing);
        var message = fields.Required("MsgType") switch
        {
            "text" => new Activity { Type = ActivityTypes.Message, Text = fields.Required("Content") },
            "voice" when fields["Recognition"] is { Length: > 0 } recognized => new Activity { Type = ActivityTypes.Message, Text = recognized },
            "event" => Event(fields, userId),
            _ => null,
        };
        if (message is null)
        {
            return null;
        }

        var id = fields["MsgId"] is { Length: > 0 } msgId
            ? msgId
            : string.Create(CultureInfo.InvariantCulture, $"{userId}:{createTime}:{fields["Event"]}:{fields["TaskId"]}");
        return message with
        {
            Id = id,
            ChannelId = ChannelId,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(createTime),
            From = new ChannelAccount { Id = userId },
            Recipient = new ChannelAccount { Id = corpId },
            Conversation = new ConversationAccount { Id = userId },
        };
    }

    private static Activity? Event(CallbackFields fields, string userId) => fields["Event"] switch
    {
        "subscribe" => new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = userId }] },
        "template_card_event" when PostBack(fields["EventKey"]) is { } value => new Activity { Type = ActivityTypes.Message, Value = value },
        _ => null,
    };

    /// <summary>The JSON value a card button was given as its key (see <see cref="WeComCards"/>), or null.</summary>
    private static JsonElement? PostBack(string? key)
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
