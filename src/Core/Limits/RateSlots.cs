using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Limits;

/// <summary>
/// Sliding limits by key: at most <see cref="RateLimit.Permits"/> hits in any <see cref="RateLimit.Window"/>, the way
/// WeCom counts a group robot's 20 messages a minute. A fixed window would let 20 through at the end of one minute
/// and 20 more at the start of the next. Clustered (<c>Cluster:Enabled</c>) the key has that many slot rows in
/// <c>rate_windows</c>, each free once its last hit is a window old, and a gate row that makes instances take the
/// key's slots one at a time, so two can never both take the last one. On one instance the hits are kept in memory.
/// </summary>
public sealed class RateSlots(IDatabase database, ClusterRegistration cluster, TimeProvider clock)
{
    // A prune (RateWindows) may delete free slots between adding and taking them; then they are added again.
    private const int MaxRounds = 3;
    private static readonly TimeSpan Contended = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _local = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Statements> _statements = new();

    /// <summary>Takes a slot of <paramref name="key"/> under <paramref name="limit"/>, or says how long until one frees.</summary>
    public async ValueTask<RateDecision> TryTakeAsync(RateLimit limit, string key, CancellationToken cancellationToken)
    {
        if (!cluster.Enabled)
        {
            return TakeLocal(limit, key);
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var end = now + (long)limit.Window.TotalMilliseconds;
        var sql = _statements.GetOrAdd(limit.Permits, n => new Statements(n));
        var slots = SlotKeys(limit, key);
        return await database.WriteAsync(async (connection, transaction) =>
        {
            // The key's gate row, upserted first, is locked until this commits: instances take a key's slots one at a
            // time, so a free slot is never lost to a race and none is taken twice.
            await using (var gate = connection.Command(sql.Gate, transaction).With("@gate", slots[^1]).With("@end", end))
            {
                await gate.ExecuteNonQueryAsync(cancellationToken);
            }

            for (var round = 1; ; round++)
            {
                // Slots are (re)created free: none exist for a new key, and old ones are pruned with other old windows.
                await using (var add = WithSlots(connection.Command(sql.Add, transaction), slots))
                {
                    await add.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var take = WithSlots(connection.Command(sql.Take, transaction), slots).With("@now", now).With("@end", end))
                {
                    if (await take.ExecuteScalarAsync(cancellationToken) is not null)
                    {
                        return new RateDecision(true, TimeSpan.Zero);
                    }
                }

                await using var look = WithSlots(connection.Command(sql.Look, transaction), slots);
                await using var reader = await look.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                var count = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                var earliest = reader.GetValue(1) is long or int or decimal ? Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture) : now; // NULL: no slots left
                if (count == limit.Permits && earliest > now)
                {
                    return new RateDecision(false, TimeSpan.FromMilliseconds(earliest - now)); // all taken: the oldest frees first
                }

                if (round == MaxRounds)
                {
                    return new RateDecision(false, Contended); // slots kept vanishing under a prune: try again shortly
                }
            }
        }, cancellationToken);
    }

    private RateDecision TakeLocal(RateLimit limit, string key)
    {
        var hits = _local.GetOrAdd(limit.Name + "\n" + key, _ => new Queue<DateTimeOffset>());
        var now = clock.GetUtcNow();
        lock (hits)
        {
            while (hits.Count > 0 && now - hits.Peek() >= limit.Window)
            {
                hits.Dequeue();
            }

            if (hits.Count >= limit.Permits)
            {
                return new RateDecision(false, hits.Peek() + limit.Window - now);
            }

            hits.Enqueue(now);
            return new RateDecision(true, TimeSpan.Zero);
        }
    }

    // Hashed like RateWindows' keys; one row per slot, then the gate row.
    private static string[] SlotKeys(RateLimit limit, string key)
    {
        var stem = limit.Name + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ":";
        return [.. Enumerable.Range(0, limit.Permits).Select(i => stem + i.ToString(CultureInfo.InvariantCulture)), stem + "gate"];
    }

    private static System.Data.Common.DbCommand WithSlots(System.Data.Common.DbCommand command, string[] slots)
    {
        for (var i = 0; i < slots.Length - 1; i++)
        {
            command.With("@k" + i.ToString(CultureInfo.InvariantCulture), slots[i]);
        }

        return command;
    }

    /// <summary>The statements for a limit of <c>permits</c> slots (parameters @k0…, @gate), in SQL both providers accept.</summary>
    private sealed class Statements
    {
        public Statements(int permits)
        {
            var names = Enumerable.Range(0, permits).Select(i => "@k" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var list = string.Join(", ", names);
            Gate = "INSERT INTO rate_windows (key, hits, expires_at) VALUES (@gate, 0, @end) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at";
            Add = $"INSERT INTO rate_windows (key, hits, expires_at) VALUES {string.Join(", ", names.Select(n => $"({n}, 0, 0)"))} ON CONFLICT (key) DO NOTHING";
            Take = $"""
                UPDATE rate_windows SET hits = 1, expires_at = @end
                WHERE key = (SELECT key FROM rate_windows WHERE key IN ({list}) AND expires_at <= @now ORDER BY expires_at, key LIMIT 1)
                  AND expires_at <= @now
                RETURNING key
                """;
            Look = $"SELECT count(*), min(expires_at) FROM rate_windows WHERE key IN ({list})";
        }

        public string Gate { get; }

        public string Add { get; }

        public string Take { get; }

        public string Look { get; }
    }
}
