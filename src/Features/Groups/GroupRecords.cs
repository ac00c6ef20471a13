using EngageBot.Infrastructure;

namespace EngageBot.Features.Groups;

/// <summary>A group as stored; <see cref="GroupId"/> is also its Direct Line conversation id.</summary>
public sealed record GroupRecord(string GroupId, string Name, string InviteCode, string? Notice, long? NoticeUpdatedAt, int MemberCount);

/// <summary>One member of a group.</summary>
public sealed record GroupMemberRecord(string MemberId, string Name, long JoinedAt);
