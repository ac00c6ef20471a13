using System.Globalization;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Turns a 公众号 message or event into the activity the turn pipeline runs; null when nothing should run
/// (VIEW clicks, unsubscribes, types the bot has no use for). The activity id is the MsgId, or for events
/// FromUserName + CreateTime as WeChat's documentation advises, so a retried delivery is recognised.
/// </summary>
public static class WeChatActivityMapper
{
    public const string ChannelId = "wechat";

    public static Activity? Map(CallbackFields fields)
    {
        var openId = fields.Required("FromUserName");
        var account = fields.Required("ToUserName");
        var createTime = fields.Number("CreateTime") ?? throw new CallbackRejectedException(CallbackRejection.Missing);
        var type = fields.Required("MsgType");
        var message = type switch
        {
            "text" => Message(fields.Required("Content")),
            "voice" when fields["Recognition"] is { Length: > 0 } recognized => Message(recognized),
            "voice" => Message(null, Media(fields, "audio/" + (fields["Format"] ?? "amr"))),
            "image" => Message(null, new Attachment { ContentType = "image/jpeg", ContentUrl = fields["PicUrl"] }),
            "event" => Event(fields, openId),
            _ => null,
        };
        if (message is null)
        {
            return null;
        }

        var id = fields["MsgId"] is { Length: > 0 } msgId
            ? msgId
            : string.Create(CultureInfo.InvariantCulture, $"{openId}:{createTime}:{fields["Event"]}");
        return message with
        {
            Id = id,
            ChannelId = ChannelId,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(createTime),
            From = new ChannelAccount { Id = openId },
            Recipient = new ChannelAccount { Id = account },
            Conversation = new ConversationAccount { Id = openId },
        };
    }

    private static Activity? Event(CallbackFields fields, string openId) => fields["Event"] switch
    {
        "subscribe" => new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = openId }] },
        "CLICK" when WeChatMenu.TextFor(fields["EventKey"]) is { } text => Message(text),
        _ => null,
    };

    private static Activity Message(string? text, Attachment? attachment = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = attachment is null ? null : [attachment],
    };

    private static Attachment Media(CallbackFields fields, string contentType) =>
        new() { ContentType = contentType, Name = fields["MediaId"] };
}
