namespace EngageBot.Features.Members.Roster;

/// <summary>
/// One member of the union's roster. <see cref="Unit"/> is the organisation path, outermost first, joined by '/'.
/// <see cref="SessionVersion"/> is stamped into session tokens; a token with an older version is no longer valid.
/// </summary>
public sealed record RosterMember(
    string MemberNumber,
    string Name,
    string Phone,
    string Unit,
    MemberStatus Status,
    DateOnly? JoinedOn,
    int SessionVersion)
{
    public bool IsActive => Status == MemberStatus.Active;

    /// <summary>The member's WeCom userid, when the roster file gave one (the optional 企业微信账号 column).</summary>
    public string? WeComUserId { get; init; }
}
