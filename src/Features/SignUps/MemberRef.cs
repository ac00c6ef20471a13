using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>A member: the channel's <c>from.id</c>, per channel.</summary>
public readonly record struct MemberRef(string ChannelId, string UserId)
{
    /// <summary>The one key format for a member, written once.</summary>
    public string Key => ChannelId + "/" + UserId;
}
