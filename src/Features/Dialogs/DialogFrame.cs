using System.Text.Json;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// A running dialog as stored in conversation state (one per member in the conversation): which dialog and
/// version, the step, the typed values as JSON, the choices on screen, and when it started and last moved.
/// </summary>
public sealed record DialogFrame
{
    public required string DialogId { get; init; }

    public required int Version { get; init; }

    public required string Step { get; init; }

    public JsonElement Values { get; init; }

    public IReadOnlyList<OfferedChoice> Offered { get; init; } = [];

    /// <summary>Unix milliseconds.</summary>
    public long StartedAt { get; init; }

    /// <summary>Unix milliseconds of the last prompt; stale flows expire from here.</summary>
    public long LastActiveAt { get; init; }

    /// <summary>Answers in a row the current step did not understand.</summary>
    public int Misses { get; init; }
}
