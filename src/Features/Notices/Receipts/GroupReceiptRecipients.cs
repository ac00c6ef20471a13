using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>
/// When a receipt-asking notice is posted into a chat group hosted here (audience "conversations" naming the group's
/// conversation), records the group's members at that moment as its recipients, so each can confirm and the report
/// lists them. Conversations of other channels (a WeCom robot's group) have no member list here and stay one row.
/// </summary>
public sealed class GroupReceiptRecipients(GroupStore groups, GroupReceiptStore store)
{
    public async Task RecordAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (!notice.AsksReceipt)
        {
            return;
        }

        foreach (var key in notice.Audience.Conversations ?? [])
        {
            if (!ConversationKey.TryParse(key, out var conversation) || conversation.ChannelId != DirectLineChannel.ChannelId
                || await groups.FindAsync(conversation.ConversationId, cancellationToken) is null)
            {
                continue;
            }

            var members = await groups.MembersAsync(conversation.ConversationId, cancellationToken);
            await store.AddAsync(notice.Id, conversation, [.. members.Select(m => (GroupMembersSource.GroupMember(m.MemberId), m.Name))], cancellationToken);
        }
    }
}
