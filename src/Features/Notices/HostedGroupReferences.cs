using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>
/// A notice posted into a group hosted here (audience "conversations" naming <c>engagebot/{groupId}</c>) goes through the
/// outbox to the group's stored conversation reference, which exists once anyone in the group talked. A group staff
/// just created in the console has none yet: its reference is stored here, as the turn would have, so the post reaches it.
/// </summary>
public sealed class HostedGroupReferences(GroupStore groups, IStateStore states)
{
    public async Task EnsureAsync(NoticeAudience audience, CancellationToken cancellationToken)
    {
        foreach (var key in audience.Conversations ?? [])
        {
            if (!ConversationKey.TryParse(key, out var conversation) || conversation.ChannelId != DirectLineChannel.ChannelId
                || await states.GetReferenceAsync(new MemberKey(conversation.ChannelId, conversation.ConversationId), conversation, cancellationToken) is not null
                || await groups.FindAsync(conversation.ConversationId, cancellationToken) is null)
            {
                continue;
            }

            var reference = new ConversationReference
            {
                ChannelId = DirectLineChannel.ChannelId,
                ServiceUrl = DirectLineChannel.ServiceUrl,
                Conversation = new ConversationAccount { Id = conversation.ConversationId, IsGroup = true },
                Locale = "zh-CN",
            };
            var record = new ConversationReferenceRecord(conversation, reference);
            await states.CommitAsync(new TurnCommit(null, [], [], record), cancellationToken);
        }
    }
}
