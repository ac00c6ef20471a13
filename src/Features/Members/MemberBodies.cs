using System.Text.Json.Serialization;
using EngageBot.Features.Groups;

namespace EngageBot.Features.Members;

/// <summary>Sign-in: the member number on the union card and the member's name.</summary>
public sealed record SignInRequest(string? MemberNumber, string? Name);

/// <summary>The first step's answer: a code is on its way by SMS to the phone ending as <see cref="PhoneHint"/> shows.</summary>
public sealed record CodeSent(string Verification, string PhoneHint);

/// <summary>The second step: the member number again and the 6-digit code from the text message.</summary>
public sealed record VerifyRequest(string? MemberNumber, string? Code);

/// <summary>What the page needs after sign-in: who I am, my session, and my 1:1 chat with the bot.</summary>
public sealed record MemberSession(string UserId, string Name, string SessionToken, DirectLineGrant DirectLine);

/// <summary>A Direct Line token for one conversation.</summary>
public sealed record DirectLineGrant(string ConversationId, string Token, string Domain);

public sealed record JoinGroupRequest(string? InviteCode);

/// <summary>A group as a member sees it.</summary>
public sealed record GroupSummary(string GroupId, string Name, string? Notice, int MemberCount, string? InviteCode)
{
    public static GroupSummary From(GroupRecord group, bool withInvite) =>
        new(group.GroupId, group.Name, group.Notice, group.MemberCount, withInvite ? group.InviteCode : null);
}

public sealed record GroupMember(string MemberId, string Name);

public sealed record CreateGroupRequest(string? Name);

public sealed record AddMemberRequest(string? MemberNumber, string? Name);

public sealed record NoticeRequest(string? Notice);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(MemberSession))]
[JsonSerializable(typeof(CodeSent))]
[JsonSerializable(typeof(VerifyRequest))]
[JsonSerializable(typeof(DirectLineGrant))]
[JsonSerializable(typeof(JoinGroupRequest))]
[JsonSerializable(typeof(GroupSummary))]
[JsonSerializable(typeof(List<GroupSummary>))]
[JsonSerializable(typeof(List<GroupMember>))]
[JsonSerializable(typeof(CreateGroupRequest))]
[JsonSerializable(typeof(AddMemberRequest))]
[JsonSerializable(typeof(NoticeRequest))]
public sealed partial class MembersJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static MembersJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
