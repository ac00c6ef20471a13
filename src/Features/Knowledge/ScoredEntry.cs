using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>A knowledge entry with how well a question matched it (a cosine plus a synonym bonus, so it may pass 1; higher is better).</summary>
public sealed record ScoredEntry(KnowledgeEntry Entry, double Score);
