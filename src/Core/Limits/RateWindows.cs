using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Limits;

/// <summary>One fixed-window limit: at most <paramref name="Permits"/> hits per key in each <paramref name="Window"/>.</summary>
public sealed record RateLimit(string Name, int Permits, TimeSpan Window);

public readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter);

/// <summary>
/// Fixed-window limits by key. On one instance they count in memory. Clustered (<c>Cluster:Enabled</c>) they count
/// in the shared database, one upsert per hit, so a limit that guards sign-in from an address holds across the
/// instances instead of multiplying by their number (README, "Several instances"). Only for sign-in paths: a round
/// trip per hit would be too dear on every turn. (WeCom robots count a sliding minute in the same table: <see cref="RateSlots"/>.)
/// </summary>
public sealed class RateWindows(IDatabase database, ClusterRegistration cluster, TimeProvider clock)
{
    private const int PruneEvery = 1024;

    // Old rows go when they expire, so the table holds about one row per key seen in the last window.
    private const string Hit = """
        INSERT INTO rate_windows (key, hits, expires_at) VALUES (@k, 1, @end)
        ON CONFLICT (key) DO UPDATE SET
            hits = CASE WHEN rate_windows.expires_at <= @now THEN 1 ELSE rate_windows.hits + 1 END,
            expires_at = CASE WHEN rate_windows.expires_at <= @now THEN @end ELSE rate_windows.expires_at END
        RETURNING hits, expires_at
        """;

    private readonly ConcurrentDictionary<string, FixedWindowLimiter> _local = new(StringComparer.Ordinal);
    private int _sincePrune;

    /// <summary>Counts one hit of <paramref name="key"/> against <paramref name="limit"/>; whether it may go ahead.</summary>
    public async ValueTask<RateDecision> TryAcquireAsync(RateLimit limit, string key, CancellationToken cancellationToken)
    {
        if (!cluster.Enabled)
        {
            var local = _local.GetOrAdd(limit.Name, _ => new FixedWindowLimiter(limit.Permits, limit.Window, clock));
            return new RateDecision(local.TryAcquire(key, out var retryAfter), retryAfter);
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var prune = Interlocked.Increment(ref _sincePrune) % PruneEvery == 0;
        var (hits, expiresAt) = await database.WriteAsync(async (connection, transaction) =>
        {
            if (prune)
            {
                await using var delete = connection.Command("DELETE FROM rate_windows WHERE expires_at < @now", transaction).With("@now", now);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var command = connection.Command(Hit, transaction)
                .With("@k", StoredKey(limit, key)).With("@now", now).With("@end", now + (long)limit.Window.TotalMilliseconds);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
        }, cancellationToken);
        return hits <= limit.Permits
            ? new RateDecision(true, TimeSpan.Zero)
            : new RateDecision(false, TimeSpan.FromMilliseconds(Math.Max(0, expiresAt - now)));
    }

    // Hashed: the table must not become a list of client addresses.
    private static string StoredKey(RateLimit limit, string key) =>
        limit.Name + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
