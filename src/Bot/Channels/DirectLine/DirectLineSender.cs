using EngageBot.Dialogs.Protocol;
using EngageBot.Dialogs.Turns;

namespace EngageBot.Bot.Channels.DirectLine;

/// <summary>
/// Delivers the bot's activities to conversations hosted here (<see cref="DirectLineChannel.ServiceUrl"/>):
/// appended to the conversation's log and pushed to its open streams; typing is pushed only.
/// </summary>
public sealed class DirectLineSender(DirectLineConversations conversations) : IActivitySender
{
    public bool Handles(ConversationReference reference) => DirectLineChannel.IsHosted(reference);

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation.Id!;
        var outgoing = activity with
        {
            Id = null,
            Timestamp = null,
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = null,
            Conversation = new ConversationAccount { Id = conversationId, IsGroup = reference.Conversation.IsGroup },
            From = (activity.From ?? reference.Bot ?? conversations.Bot) with { Role = "bot" },
        };

        if (outgoing.Type == ActivityTypes.Typing)
        {
            conversations.PublishLive(conversationId, outgoing with { Id = conversationId + "|typing", Text = null });
            return null;
        }

        var logged = await conversations.AppendAsync(conversationId, outgoing, cancellationToken)
            ?? throw new InvalidOperationException("No Direct Line conversation has that id.");
        return DirectLineChannel.ActivityId(conversationId, logged.Seq);
    }
}
