using System.Text.Json.Serialization;
using EngageBot.Features.Members.Import;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members.Admin;

/// <summary>
/// A member as staff see them. Lists carry the masked phone (138****0001); only the one-member view shows it whole.
/// <see cref="WeComUserId"/> is the roster's 企业微信账号, which binds the member's WeCom app account automatically.
/// </summary>
public sealed record RosterMemberView(string MemberNumber, string Name, string Phone, string Unit, string Status, DateOnly? JoinedOn,
    [property: JsonPropertyName("wecomUserId")] string? WeComUserId)
{
    public static RosterMemberView From(RosterMember member, bool wholePhone) => new(
        member.MemberNumber, member.Name, wholePhone ? member.Phone : PhoneNumber.Mask(member.Phone), member.Unit, member.Status.ToText(), member.JoinedOn,
        member.WeComUserId);
}

/// <summary>One page of the roster and how many members match in all.</summary>
public sealed record RosterListView(IReadOnlyList<RosterMemberView> Members, long Total, int Page, int PageSize);

/// <summary>
/// An edit of a member's details; the member number is the route's. <see cref="WeComUserId"/> left out (null) keeps
/// the roster's 企业微信账号, an empty one clears it.
/// </summary>
public sealed record UpdateMemberRequest(string? Name, string? Phone, string? Unit, string? JoinedOn,
    [property: JsonPropertyName("wecomUserId")] string? WeComUserId = null);

/// <summary>
/// What an import did, or with <see cref="Preview"/> would do. <see cref="Updated"/> counts members whose details
/// change, <see cref="Unchanged"/> those the file repeats as they are. <see cref="Rejected"/> lists the first
/// <see cref="RosterImportEndpoint.MaxRejectedListed"/> skipped rows; <see cref="RejectedCount"/> counts them all.
/// </summary>
public sealed record RosterImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<RejectedRow> Rejected, int RejectedCount, bool Preview);

/// <summary>A unit in the tree: its own name, its full path, and the members in it and everything under it.</summary>
public sealed record UnitNode(string Name, string Path, long Members, long Active, IReadOnlyList<UnitNode> Children);
