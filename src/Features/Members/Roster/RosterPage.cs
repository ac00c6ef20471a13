namespace EngageBot.Features.Members.Roster;

/// <summary>One page of a roster search and how many members match in all.</summary>
public sealed record RosterPage(IReadOnlyList<RosterMember> Members, long Total);
