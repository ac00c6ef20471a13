using EngageBot.Core.Protocol;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>What a callback answers with: the passive reply text (or none), and replies left for the customer-service API.</summary>
public sealed record PassiveReply(string? Text, IReadOnlyList<Activity> Later)
{
    public static readonly PassiveReply None = new(null, []);
}
