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

    /// <summary>Moves the test clock on (two seconds every 50 ms) until disposed, so backoffs run out.</summary>
    public static IAsyncDisposable Tick(TestClock clock) => new Ticker(clock);

    private sealed class Ticker : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public Ticker(TestClock clock) => _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromSeconds(2));
                await Task.Delay(50);
            }
        });

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}
