using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Staff;

namespace EngageBot.Features.Groups;

/// <summary>A group's running 接龙 (sign-up chain): its title, limit and who joined, in order. <see cref="Open"/> is false when none runs.</summary>
public sealed record GroupChainView(bool Open, string? Title, int? Limit, IReadOnlyList<string> Names);
