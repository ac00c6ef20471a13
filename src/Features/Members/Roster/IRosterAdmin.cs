namespace EngageBot.Features.Members.Roster;

/// <summary>The roster as staff manage it: search, the unit tree, import and edits. Same store as <see cref="IMemberRoster"/>.</summary>
public interface IRosterAdmin
{
    /// <summary>One page of members matching the query, ordered by member number, with the total.</summary>
    Task<RosterPage> SearchAsync(RosterQuery query, CancellationToken cancellationToken);

    /// <summary>How many members (and how many of them active) each unit holds directly.</summary>
    Task<IReadOnlyList<UnitCount>> CountByUnitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds the new members and updates those whose details differ, all in one transaction; with
    /// <paramref name="preview"/> only counts what would happen and writes nothing. Status and sessions are kept.
    /// Null, with nothing written, when a 企业微信账号 in it went to another member while it was written.
    /// </summary>
    Task<RosterImportCounts?> ImportAsync(IReadOnlyList<RosterMember> members, bool preview, CancellationToken cancellationToken);

    /// <summary>
    /// Changes an existing member's name, phone, unit, joined date and WeCom userid (null: none); refuses, changing
    /// nothing, a WeCom userid another member's row already has.
    /// </summary>
    Task<RosterEdit> UpdateDetailsAsync(RosterMember member, CancellationToken cancellationToken);

    /// <summary>For each of these WeCom userids that a member's row has: that member's number.</summary>
    Task<IReadOnlyDictionary<string, string>> WeComHoldersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}
