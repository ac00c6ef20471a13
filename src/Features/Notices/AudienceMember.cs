using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>
/// A member to reach: <see cref="MemberKey"/> is "{channelId}/{userId}"; <see cref="ReferenceKey"/> is the
/// conversation to send to, when the source knows it (else the member's own 1:1 conversation is looked up).
/// </summary>
public sealed record AudienceMember(string MemberKey, string? ReferenceKey = null)
{
    public static string Key(string channelId, string userId) => channelId + "/" + userId;
}
