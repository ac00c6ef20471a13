using System.Collections.Concurrent;
using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The upcoming-activities listing, kept in memory per instance: many turns read it (the listing, typed and guided
/// sign-ups, the member page) and it changes rarely. A listing first reads the change counter
/// (the sum of <c>activity_listing_version</c>, bumped by triggers in every transaction that changes what the listing
/// shows, on whichever instance, seat counts included; only ever up, so an equal sum means no change) and uses the rows it keeps while the number is the one they were read
/// with and none of them has started yet; otherwise it reads the listing afresh. The counter is read before the
/// listing, so rows kept under a number are never older than it.
/// </summary>
internal sealed class UpcomingActivities
{
    private const int MaxEntries = 256; // per club and limit asked; more means something asks oddly, so start over

    private readonly ConcurrentDictionary<(string? Club, int Limit), Entry> _entries = new();

    public async Task<IReadOnlyList<ActivityRecord>> ListAsync(
        DbConnection connection, string? clubId, int limit, DateTimeOffset now,
        Func<DbConnection, CancellationToken, Task<IReadOnlyList<ActivityRecord>>> read, CancellationToken cancellationToken)
    {
        var version = await ReadVersionAsync(connection, cancellationToken);
        var key = (clubId, limit);
        if (_entries.TryGetValue(key, out var kept) && kept.Version == version && now >= kept.ReadAt && now < kept.FirstStarts)
        {
            return kept.Rows;
        }

        var rows = await read(connection, cancellationToken);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        // Rows are soonest first: once the first has started, the listing is a different one.
        var entry = new Entry(version, now, rows.Count > 0 ? rows[0].StartsAt : DateTimeOffset.MaxValue, rows);
        _entries.AddOrUpdate(key, entry, (_, old) => old.Version > version ? old : entry);
        return rows;
    }

    private static async Task<long> ReadVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT SUM(version) FROM activity_listing_version");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Entry(long Version, DateTimeOffset ReadAt, DateTimeOffset FirstStarts, IReadOnlyList<ActivityRecord> Rows);
}
