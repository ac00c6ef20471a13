using System.Data.Common;
using System.Security.Cryptography;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps.Series;

/// <summary>
/// Recurring series: created with all their occurrences in one transaction; changed or cancelled "from here on"
/// also in one transaction, each occurrence through the same writes as a single activity (so its own members are told).
/// </summary>
public sealed class SeriesStore(IDatabase database, TimeProvider clock)
{
    public Task<SeriesWithOccurrences> CreateAsync(string title, string? clubId, int intervalWeeks, IReadOnlyList<ActivityDraft> occurrences, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow();
            var series = new SeriesRecord(NewId(), clubId, title, intervalWeeks, occurrences.Count, now);
            await using (var insert = connection.Command(
                "INSERT INTO activity_series (id, club_id, title, interval_weeks, occurrences, created_at) VALUES (@id, @club, @t, @w, @n, @now)", transaction)
                .With("@id", series.Id).With("@club", clubId).With("@t", title).With("@w", intervalWeeks).With("@n", occurrences.Count)
                .With("@now", now.ToUnixTimeMilliseconds()))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            var created = new List<ActivityRecord>(occurrences.Count);
            for (var i = 0; i < occurrences.Count; i++)
            {
                created.Add(await ActivityWrites.InsertAsync(
                    connection, transaction, database.Provider, occurrences[i], series.Id, i + 1, now.ToUnixTimeMilliseconds(), cancellationToken));
            }

            return new SeriesWithOccurrences(series, created);
        }, cancellationToken);

    public async Task<SeriesWithOccurrences?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var series = await ReadSeriesAsync(connection, null, id, cancellationToken);
        return series is null ? null : new SeriesWithOccurrences(series, await OccurrencesAsync(connection, null, id, null, cancellationToken));
    }

    /// <summary>
    /// Changes every occurrence that has not started yet (or, with <paramref name="fromActivityId"/>, that one and the
    /// ones after it). All are checked before any is written: one refusal changes none.
    /// </summary>
    public Task<SeriesChangeResult> ChangeFutureAsync(
        string id, string? fromActivityId, Func<ActivityRecord, ActivityDraft> change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await FutureAsync(connection, transaction, id, fromActivityId, cancellationToken) is not { } future)
            {
                return new SeriesChangeResult(SeriesChangeKind.NotFound, null, []);
            }

            var now = clock.GetUtcNow();
            var planned = new List<(ActivityRecord Occurrence, ActivityDraft Draft)>();
            foreach (var occurrence in future)
            {
                var locked = (await LockActivityAsync(connection, transaction, database.Provider, occurrence.Id, cancellationToken))!;
                var draft = change(locked);
                if (draft.Capacity < locked.Confirmed || draft.StartsAt <= now)
                {
                    var kind = draft.StartsAt <= now ? SeriesChangeKind.StartsInPast : SeriesChangeKind.CapacityBelowConfirmed;
                    return new SeriesChangeResult(kind, locked, []);
                }

                planned.Add((locked, draft));
            }

            var results = new List<ActivityUpdateResult>();
            foreach (var (occurrence, draft) in planned)
            {
                results.Add(await ActivityWrites.UpdateAsync(
                    connection, transaction, database.Provider, occurrence.Id, draft, now.ToUnixTimeMilliseconds(), cancellationToken));
            }

            return new SeriesChangeResult(SeriesChangeKind.Changed, null, results);
        }, cancellationToken);

    /// <summary>Cancels every occurrence that has not started yet (or from <paramref name="fromActivityId"/> on); each tells its own members.</summary>
    public Task<SeriesChangeResult> CancelFutureAsync(string id, string? fromActivityId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await FutureAsync(connection, transaction, id, fromActivityId, cancellationToken) is not { } future)
            {
                return new SeriesChangeResult(SeriesChangeKind.NotFound, null, []);
            }

            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var results = new List<ActivityUpdateResult>();
            foreach (var occurrence in future)
            {
                results.Add(await ActivityWrites.CancelAsync(connection, transaction, database.Provider, occurrence.Id, now, cancellationToken));
            }

            return new SeriesChangeResult(SeriesChangeKind.Changed, null, results);
        }, cancellationToken);

    /// <summary>Series with occurrences still to come: how many, and when the next one starts.</summary>
    /// <summary>Series with occurrences to come; the title is the next occurrence's (as staff last changed it), not the one it was created with.</summary>
    public async Task<IReadOnlyList<(SeriesRecord Series, int Upcoming, DateTimeOffset Next)>> ListUpcomingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT s.id, s.club_id,
                   COALESCE((SELECT n.title FROM activities n WHERE n.series_id = s.id AND n.status = 'active' AND n.starts_at > @now
                             ORDER BY n.starts_at, n.id LIMIT 1), s.title),
                   s.interval_weeks, s.occurrences, s.created_at, COUNT(a.id), MIN(a.starts_at)
            FROM activity_series s JOIN activities a ON a.series_id = s.id AND a.status = 'active' AND a.starts_at > @now
            GROUP BY s.id, s.club_id, s.title, s.interval_weeks, s.occurrences, s.created_at
            ORDER BY MIN(a.starts_at), s.id
            """).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<(SeriesRecord, int, DateTimeOffset)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add((new SeriesRecord(reader.GetString(0), reader.GetStringOrNull(1), reader.GetString(2), (int)Long(reader, 3), (int)Long(reader, 4), Time(reader, 5)),
                (int)Long(reader, 6), Time(reader, 7)));
        }

        return list;
    }

    public static string NewId() => "ser-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>The active occurrences not started yet, from the given one on; null when the series (or that occurrence in it) does not exist.</summary>
    private async Task<IReadOnlyList<ActivityRecord>?> FutureAsync(
        DbConnection connection, DbTransaction transaction, string id, string? fromActivityId, CancellationToken cancellationToken)
    {
        if (await ReadSeriesAsync(connection, transaction, id, cancellationToken) is null)
        {
            return null;
        }

        var all = await OccurrencesAsync(connection, transaction, id, clock.GetUtcNow(), cancellationToken);
        if (fromActivityId is null)
        {
            return all;
        }

        var from = all.FirstOrDefault(a => a.Id == fromActivityId);
        return from is null ? null : [.. all.Where(a => a.StartsAt >= from.StartsAt)];
    }

    private static async Task<SeriesRecord?> ReadSeriesAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT id, club_id, title, interval_weeks, occurrences, created_at FROM activity_series WHERE id = @id", transaction).With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SeriesRecord(reader.GetString(0), reader.GetStringOrNull(1), reader.GetString(2), (int)Long(reader, 3), (int)Long(reader, 4), Time(reader, 5))
            : null;
    }

    /// <summary>All occurrences soonest first; with <paramref name="after"/>, only active ones starting after it.</summary>
    private static async Task<IReadOnlyList<ActivityRecord>> OccurrencesAsync(
        DbConnection connection, DbTransaction? transaction, string id, DateTimeOffset? after, CancellationToken cancellationToken)
    {
        var filter = after is null ? string.Empty : "AND a.status = 'active' AND a.starts_at > @now";
        await using var command = connection.Command(
            $"SELECT {ActivityColumns} FROM activities a WHERE a.series_id = @id {filter} ORDER BY a.starts_at, a.id", transaction).With("@id", id);
        if (after is { } now)
        {
            command.With("@now", now.ToUnixTimeMilliseconds());
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ActivityRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(ReadActivity(reader));
        }

        return list;
    }
}
