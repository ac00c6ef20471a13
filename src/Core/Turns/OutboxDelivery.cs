namespace EngageBot.Core.Turns;

/// <summary>
/// Marks sends made by the outbox dispatcher, so a sender with retries of its own (the Connector's HTTP
/// pipeline) makes one try only: the outbox owns every later try of those (see ConnectorResilience).
/// </summary>
public static class OutboxDelivery
{
    private static readonly AsyncLocal<bool> Current = new();

    /// <summary>True inside a send the outbox dispatcher makes.</summary>
    public static bool IsCurrent => Current.Value;

    /// <summary>Marks the sends made until the returned scope is disposed (flows into awaited calls only).</summary>
    public static Scope Begin()
    {
        Current.Value = true;
        return default;
    }

    /// <summary>Ends an outbox send.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose() => Current.Value = false;
    }
}
