using EngageBot.Core.Protocol;
using EngageBot.Features.Groups;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Groups live as Direct Line conversations hosted here: created as group conversations, posted to in-process.</summary>
public sealed class DirectLineGroupChannel(DirectLineLog log, DirectLineTranscript transcript, OpenStreams streams) : IGroupChannel
{
    public Task CreateConversationAsync(string groupId, CancellationToken cancellationToken) =>
        log.CreateAsync(groupId, isGroup: true, cancellationToken);

    public async Task PostAsync(string groupId, Activity activity, CancellationToken cancellationToken)
    {
        var outgoing = activity with
        {
            ChannelId = DirectLineChannel.ChannelId,
            Conversation = new ConversationAccount { Id = groupId, IsGroup = true },
            From = activity.From ?? transcript.Bot,
        };
        _ = await transcript.AppendAsync(groupId, outgoing, cancellationToken)
            ?? throw new InvalidOperationException("The group has no conversation.");
    }

    public void Disconnect(string groupId, string memberId) => streams.Disconnect(groupId, memberId);
}
