using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Knowledge;

/// <summary>A close knowledge entry and its score.</summary>
public sealed record KnowledgeCandidate(string Id, string Title, double Score);
