namespace EngageBot.Features.Operations;

/// <summary>Readiness settings (<c>Health:…</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>/readyz answers 503 when more outbox rows than this are due and not yet sent.</summary>
    public int OutboxBacklogLimit { get; set; } = 10_000;
}
