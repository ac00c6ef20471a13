using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>
/// A group's 接龙: one numbered list, kept in the group's conversation state, so it is saved with the turn
/// that changed it (ETag-checked) and survives a restart.
/// </summary>
public sealed record ChainState
{
    public required string Title { get; init; }

    public int? Limit { get; init; }

    public required string StartedBy { get; init; }

    /// <summary>The activity whose sign-ups this chain is ("#接龙 报名 …"); null for a plain list.</summary>
    public string? ActivityId { get; init; }

    public IReadOnlyList<ChainEntry> Entries { get; init; } = [];
}

/// <summary>One line of a chain: who joined, under which name.</summary>
public sealed record ChainEntry(string MemberId, string Name);
