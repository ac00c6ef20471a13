using System.Data.Common;
using System.Security.Cryptography;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Activities as staff manage them. Changes that move seats (a larger capacity, a cancellation) lock the
/// activity and queue the notices for the members affected in the same transaction.
/// </summary>
public sealed class ActivityStore(IDatabase database, TimeProvider clock)
{
    private readonly UpcomingActivities _upcoming = new();

    public Task<ActivityRecord> CreateAsync(ActivityDraft draft, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => ActivityWrites.InsertAsync(connection, transaction, database.Provider, draft, null, null, Now(), cancellationToken),
            cancellationToken);

    /// <summary>
    /// Changes an activity. A capacity below the seats already taken is refused; a larger one promotes from
    /// the waitlist at once; a new time or place tells everyone signed up or waiting (queued in the same transaction).
    /// </summary>
    public Task<ActivityUpdateResult> UpdateAsync(string id, ActivityDraft draft, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => ActivityWrites.UpdateAsync(connection, transaction, database.Provider, id, draft, Now(), cancellationToken),
            cancellationToken);

    /// <summary>Cancels the activity and queues a notice for every member holding a seat or waiting for one.</summary>
    public Task<ActivityUpdateResult> CancelAsync(string id, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => ActivityWrites.CancelAsync(connection, transaction, database.Provider, id, Now(), cancellationToken),
            cancellationToken);

    public async Task<ActivityRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {ActivityColumns} FROM activities a WHERE a.id = @id").With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadActivity(reader) : null;
    }

    /// <summary>
    /// Active activities that have not started yet (optionally one club's), soonest first, with their seat counts;
    /// from memory while nothing they show has changed (<see cref="UpcomingActivities"/>). Do not change the list.
    /// </summary>
    public async Task<IReadOnlyList<ActivityRecord>> ListUpcomingAsync(string? clubId, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await _upcoming.ListAsync(connection, clubId, limit, now, (c, ct) => ReadUpcomingAsync(c, clubId, limit, now, ct), cancellationToken);
    }

    private static async Task<IReadOnlyList<ActivityRecord>> ReadUpcomingAsync(
        DbConnection connection, string? clubId, int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clubFilter = clubId is null ? string.Empty : "AND a.club_id = @club";
        await using var command = connection.Command(
            $"""
            SELECT {ActivityColumns} FROM activities a
            WHERE a.status = 'active' AND a.starts_at > @now {clubFilter}
            ORDER BY a.starts_at, a.id LIMIT @n
            """).With("@now", now.ToUnixTimeMilliseconds()).With("@n", limit);
        if (clubId is not null)
        {
            command.With("@club", clubId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ActivityRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(ReadActivity(reader));
        }

        return list.ToArray();
    }

    /// <summary>Attendance per club over activities that have started and were not cancelled.</summary>
    public async Task<IReadOnlyList<ClubAttendance>> AttendanceByClubAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT a.club_id, MAX(c.name), COUNT(DISTINCT a.id),
                COUNT(s.id),
                SUM(CASE WHEN s.status = 'attended' THEN 1 ELSE 0 END)
            FROM activities a
            LEFT JOIN clubs c ON c.id = a.club_id
            LEFT JOIN signups s ON s.activity_id = a.id AND s.status IN ('confirmed', 'attended')
            WHERE a.status = 'active' AND a.starts_at <= @now
            GROUP BY a.club_id
            ORDER BY a.club_id
            """).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ClubAttendance>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ClubAttendance(reader.GetStringOrNull(0), reader.GetStringOrNull(1),
                (int)Long(reader, 2), (int)Long(reader, 3), reader.GetValue(4) is DBNull ? 0 : (int)Long(reader, 4)));
        }

        return list;
    }

    /// <summary>A new check-in code for the activity (e.g. when the old one leaked); null when there is no such activity.</summary>
    public Task<string?> ResetCheckInCodeAsync(string id, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var code = NewCheckInCode();
            await using var update = connection.Command("UPDATE activities SET checkin_code = @c, updated_at = @now WHERE id = @id", transaction)
                .With("@c", code).With("@id", id).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? code : null;
        }, cancellationToken);

    /// <summary>Short, unguessable-enough ids that fit in a postBack value.</summary>
    public static string NewId() => "act-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Six digits, easy to read off a screen at the venue.</summary>
    public static string NewCheckInCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
