using EngageBot.TestKit;
using EngageBot.Bot.Tests.SignUps;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>Settings and a moving clock that make the outbox's retries come due within a test.</summary>
public static class OutboxSettings
{
    public static Dictionary<string, string?> Fast(int inFlight) => new()
    {
        ["Connector:MaxAttempts"] = "2",
        ["Connector:BaseDelay"] = "00:00:00.010",
        ["Connector:MaxDelay"] = "00:00:00.050",
        ["Connector:BreakDuration"] = "00:00:01",
        ["Delivery:Concurrency"] = inFlight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Delivery:BaseDelay"] = "00:00:00.100",
        ["Delivery:MaxDelay"] = "00:00:01",
        ["Delivery:PollInterval"] = "00:00:00.050",
    };

    /// <summary>Moves the test clock on (two seconds every 50 ms), so backoffs run out, until <paramref name="done"/> (or three minutes).</summary>
    public static async Task TickUntilAsync(ManualClock clock, Func<bool> done)
    {
        for (var i = 0; i < 3600 && !done(); i++)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50);
        }
    }
}
