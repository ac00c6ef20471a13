using System.Text.RegularExpressions;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// A robot text message as an activity of channel <see cref="ChannelId"/>: a group message is a turn of the group's
/// conversation (the chatid, <c>isGroup</c>), a 1:1 message one of the member's own. WeCom delivers a group message
/// only when it @mentions the robot, so the leading "@名字" is taken off and the activity carries a mention of the
/// robot: the group features then see "+1" as they do on the member page. The msgid is the activity id (dedup).
/// </summary>
public static partial class WeComAiBotMapper
{
    public const string ChannelId = "wecom-aibot";

    public static Activity? Map(AiBotMessage message, DateTimeOffset now)
    {
        if (message.MsgType != AiBotMessage.TextType)
        {
            return null;
        }

        var activity = Envelope(message, now);
        return activity with
        {
            Text = LeadingMentions().Replace(message.Text!, string.Empty).Trim(),
            Entities = message.ChatType == AiBotChatType.Group ? [new Entity { Type = "mention", Mentioned = activity.Recipient }] : null,
        };
    }

    /// <summary>
    /// A template card press (doc 101027, <c>template_card_event</c>) as the postBack its button key carries (see
    /// <see cref="AiBotCards"/>), in the conversation the card was in; null for a key EngageBot did not give.
    /// </summary>
    public static Activity? MapPress(AiBotMessage message, DateTimeOffset now)
    {
        if (message.Event != AiBotMessage.CardEvent || WeComActivityMapper.PostBack(message.EventKey) is not { ValueKind: System.Text.Json.JsonValueKind.Object } value)
        {
            return null;
        }

        return Envelope(message, now) with { Value = value };
    }

    /// <summary>A message from the member to the robot, in the group chat or their 1:1 chat with it.</summary>
    private static Activity Envelope(AiBotMessage message, DateTimeOffset now)
    {
        var group = message.ChatType == AiBotChatType.Group;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MsgId,
            ChannelId = ChannelId,
            Timestamp = now,
            From = new ChannelAccount { Id = message.UserId },
            Recipient = new ChannelAccount { Id = message.AiBotId is { Length: > 0 } id ? id : ChannelId },
            Conversation = new ConversationAccount { Id = group ? message.ChatId : message.UserId, IsGroup = group ? true : null },
        };
    }

    // "@RobotA +1": WeCom writes the robot's @name first; later @names are the member's own words.
    [GeneratedRegex(@"^\s*@\S+\s*")]
    private static partial Regex LeadingMentions();
}
