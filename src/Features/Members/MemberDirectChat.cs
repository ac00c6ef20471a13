using System.Diagnostics.CodeAnalysis;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Members;

/// <summary>
/// A rostered member's 1:1 chat on the built-in channel, known before they ever open it: their member key, the
/// conversation (its id is derived from their number, <see cref="MemberIdentity.DirectConversationId"/>) and the
/// reference a message to it is sent with. So a notice can be held there for their first sign-in.
/// </summary>
public static class MemberDirectChat
{
    private const string UserIdPrefix = "dl_";

    public static MemberKey MemberKey(string memberNumber) => new(DirectLineChannel.ChannelId, MemberIdentity.UserId(memberNumber));

    /// <summary>The member number behind a built-in channel member key (<c>engagebot/dl_BJ-1</c>), or false for any other key.</summary>
    public static bool TryGetNumber(MemberKey member, [NotNullWhen(true)] out string? memberNumber)
    {
        memberNumber = member.ChannelId == DirectLineChannel.ChannelId && member.UserId.StartsWith(UserIdPrefix, StringComparison.Ordinal)
            ? member.UserId[UserIdPrefix.Length..]
            : null;
        return memberNumber is not null && MemberIdentity.IsMemberNumber(memberNumber);
    }

    public static ConversationReference Reference(string memberNumber)
    {
        var userId = MemberIdentity.UserId(memberNumber);
        return new ConversationReference
        {
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = DirectLineChannel.ServiceUrl,
            Conversation = new ConversationAccount { Id = MemberIdentity.DirectConversationId(userId) },
            User = new ChannelAccount { Id = userId },
        };
    }

    /// <summary>The conversation, as its conversation reference and the outbox key it.</summary>
    public static ConversationKey Conversation(string memberNumber) => ConversationKey.For(Reference(memberNumber));
}
