namespace EngageBot.Features.Members.Roster;

/// <summary>
/// The roster as other parts of the member feature see it: look a member up, change their status, and revoke
/// their sessions. Member numbers are matched case-insensitively (stored upper-case).
/// </summary>
public interface IMemberRoster
{
    Task<RosterMember?> FindAsync(string memberNumber, CancellationToken cancellationToken);

    /// <summary>Adds or updates one member (name, phone, unit, joined date); status and sessions are kept. True when added.</summary>
    Task<bool> UpsertAsync(RosterMember member, CancellationToken cancellationToken);

    /// <summary>Sets the status; deactivating also revokes every session. False for an unknown number.</summary>
    Task<bool> SetStatusAsync(string memberNumber, MemberStatus status, CancellationToken cancellationToken);

    /// <summary>Signs the member out everywhere; the new session version, or null for an unknown number.</summary>
    Task<int?> RevokeSessionsAsync(string memberNumber, CancellationToken cancellationToken);

    /// <summary>
    /// The one active member whose roster row has this WeCom userid, else the one with this mobile; null when none,
    /// or when two members share it (nobody is bound on a guess).
    /// </summary>
    Task<string?> FindByWeComAccountAsync(string userId, string? mobile, CancellationToken cancellationToken);
}
