using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members.Import;

/// <summary>What a file asks for: the members its good rows describe (each number once) and the rows it skips.</summary>
public sealed record RosterImportPlan(IReadOnlyList<RosterMember> Members, IReadOnlyList<RejectedRow> Rejected);
