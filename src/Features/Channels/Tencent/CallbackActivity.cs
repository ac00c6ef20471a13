using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// The envelope WeChat and WeCom messages share: who wrote (FromUserName), to which account (ToUserName), when
/// (CreateTime), and an id that recognises a retried delivery: the MsgId, or for events the sender, CreateTime and
/// the fields that tell its events apart, as both platforms' documentation advises.
/// </summary>
public static class CallbackActivity
{
    /// <summary>
    /// The activity for <paramref name="fields"/>, its content chosen by <paramref name="content"/> from the MsgType
    /// and the sender's id; null when the content is null (nothing should run).
    /// </summary>
    public static Activity? Map(
        CallbackFields fields, string channelId, IReadOnlyList<string> eventIdFields, Func<string, string, Activity?> content)
    {
        var userId = fields.Required("FromUserName");
        var account = fields.Required("ToUserName");
        var createTime = fields.Number("CreateTime") ?? throw new CallbackRejectedException(CallbackRejection.Missing);
        if (content(fields.Required("MsgType"), userId) is not { } message)
        {
            return null;
        }

        var id = fields["MsgId"] is { Length: > 0 } msgId
            ? msgId
            : string.Join(':', [userId, createTime.ToString(System.Globalization.CultureInfo.InvariantCulture), .. eventIdFields.Select(f => fields[f])]);
        return message with
        {
            Id = id,
            ChannelId = channelId,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(createTime),
            From = new ChannelAccount { Id = userId },
            Recipient = new ChannelAccount { Id = account },
            Conversation = new ConversationAccount { Id = userId },
        };
    }

    /// <summary>A follow (<c>subscribe</c>): the member joins the conversation and is welcomed.</summary>
    public static Activity Subscribed(string userId) =>
        new() { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = userId }] };

    public static Activity Message(string? text, Attachment? attachment = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = attachment is null ? null : [attachment],
    };
}
