using EngageBot.Features.Notices;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Outbox;

/// <summary>
/// Paces sends per channel id: each send takes the next slot, one every 1/rate seconds, with up to one second
/// of unused slots banked as a burst.
/// </summary>
public sealed class ChannelRateLimiter(IOptions<DeliveryOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public Task WaitAsync(string channelId, CancellationToken cancellationToken)
    {
        var rate = options.Value.RateFor(channelId);
        if (rate <= 0 || double.IsPositiveInfinity(rate))
        {
            return Task.CompletedTask;
        }

        var interval = TimeSpan.FromSeconds(1 / rate);
        var now = clock.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            var earliest = now - TimeSpan.FromSeconds(1);
            slot = _nextSlot.TryGetValue(channelId, out var next) && next > earliest ? next : earliest;
            _nextSlot[channelId] = slot + interval;
        }

        var wait = slot - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock, cancellationToken) : Task.CompletedTask;
    }
}
