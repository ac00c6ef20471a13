namespace EngageBot.Features.Knowledge.Editing;

/// <summary>An entry as staff last saved it: new (<see cref="Added"/>) or a shipped entry's override, maybe retired.</summary>
public sealed record StoredKnowledgeEntry(KnowledgeEntry Entry, bool Added, bool Retired, DateTimeOffset UpdatedAt, string? UpdatedBy);
