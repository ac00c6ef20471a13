using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Turns a 公众号 message or event into the activity the turn pipeline runs; null when nothing should run
/// (VIEW clicks, unsubscribes, types the bot has no use for). The envelope and id are <see cref="CallbackActivity"/>'s.
/// </summary>
public static class WeChatActivityMapper
{
    public const string ChannelId = "wechat";

    private static readonly string[] EventIdFields = ["Event"];

    public static Activity? Map(CallbackFields fields) =>
        CallbackActivity.Map(fields, ChannelId, EventIdFields, (type, openId) => type switch
        {
            "text" => CallbackActivity.Message(fields.Required("Content")),
            "voice" when fields["Recognition"] is { Length: > 0 } recognized => CallbackActivity.Message(recognized),
            "voice" => CallbackActivity.Message(null, Media(fields, "audio/" + (fields["Format"] ?? "amr"))),
            "image" => CallbackActivity.Message(null, new Attachment { ContentType = "image/jpeg", ContentUrl = fields["PicUrl"] }),
            "event" => Event(fields, openId),
            _ => null,
        });

    private static Activity? Event(CallbackFields fields, string openId) => fields["Event"] switch
    {
        "subscribe" => CallbackActivity.Subscribed(openId),
        "CLICK" when WeChatMenu.TextFor(fields["EventKey"]) is { } text => CallbackActivity.Message(text),
        _ => null,
    };

    private static Attachment Media(CallbackFields fields, string contentType) =>
        new() { ContentType = contentType, Name = fields["MediaId"] };
}
