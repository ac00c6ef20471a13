using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>One content file: a list of entries.</summary>
public sealed record KnowledgeDocument(IReadOnlyList<KnowledgeEntry> Entries);
