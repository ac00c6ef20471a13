using System.Runtime.CompilerServices;
using EngageBot.Core.State;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>
/// <c>"audience":{"wecomRobots":[name,…]}</c>: each robot is one recipient, its WeCom group posted to as a whole. A name
/// that is not registered is still a recipient, so the report shows it failed (no_channel) instead of hiding it.
/// </summary>
public sealed class WeComRobotAudience : IAudienceSource
{
    public AudienceKind Kind => AudienceKind.WeComRobots;

    public async IAsyncEnumerable<AudienceMember> StreamAsync(string id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield return AudienceMember.ForConversation(new ConversationKey(WeComRobotSender.ChannelId, id));
    }
}
