namespace EngageBot.Features.Members.Roster;

/// <summary>What an import did (or, previewed, would do): members added, members whose details changed, members already as given.</summary>
public sealed record RosterImportCounts(int Added, int Updated, int Unchanged);
