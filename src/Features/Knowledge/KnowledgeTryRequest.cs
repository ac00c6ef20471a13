using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Knowledge;

/// <summary>A question to try against the current knowledge.</summary>
public sealed record KnowledgeTryRequest(string? Text);
