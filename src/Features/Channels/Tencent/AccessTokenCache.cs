using System.Collections.Concurrent;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// Access tokens for the WeChat and WeCom APIs: kept in memory and in the database until shortly before they
/// expire, fetched once per key at a time, and dropped when the API answers 40001/42001/40014 so the next call
/// fetches a new one. Every instance reads the database first, so one fetched token serves them all.
/// </summary>
public sealed class AccessTokenCache(AccessTokenStore store, TimeProvider clock)
{
    /// <summary>Renew this long before the announced expiry, so no call goes out with a token about to lapse.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _fetching = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string key, Func<CancellationToken, Task<IssuedToken>> fetch, CancellationToken cancellationToken)
    {
        if (Fresh(_memory.GetValueOrDefault(key)) is { } cached)
        {
            return cached;
        }

        var gate = _fetching.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_memory.GetValueOrDefault(key)) is { } meanwhile)
            {
                return meanwhile;
            }

            var stored = await store.GetAsync(key, cancellationToken);
            if (stored is { } row && Fresh(row) is { } shared)
            {
                _memory[key] = row;
                return shared;
            }

            var issued = await fetch(cancellationToken);
            var now = clock.GetUtcNow();
            var entry = (issued.Value, now + issued.ExpiresIn);
            await store.SaveAsync(key, issued.Value, entry.Item2, now, cancellationToken);
            _memory[key] = entry;
            return issued.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The API refused <paramref name="token"/> as invalid or expired: forget it here and in the database.</summary>
    public async Task InvalidateAsync(string key, string token, CancellationToken cancellationToken)
    {
        if (_memory.TryGetValue(key, out var current) && current.Token == token)
        {
            _memory.TryRemove(KeyValuePair.Create(key, current));
        }

        await store.DeleteAsync(key, token, cancellationToken);
    }

    private string? Fresh((string Token, DateTimeOffset ExpiresAt) entry) =>
        entry.Token is not null && entry.ExpiresAt - Margin > clock.GetUtcNow() ? entry.Token : null;
}
