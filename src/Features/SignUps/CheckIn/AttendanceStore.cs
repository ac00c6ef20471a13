using EngageBot.Core.Time;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// Attendance figures: per activity (seats held, checked in), and per club per month (the union's local month of
/// the start) over activities that have started and were not cancelled.
/// </summary>
public sealed class AttendanceStore(IDatabase database, TimeProvider clock, UnionTime time)
{
    public async Task<(int Held, int Attended, int Waitlisted)> ForActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT COALESCE(SUM(CASE WHEN status IN {Holding} THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN status = 'attended' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), 0)
            FROM signups WHERE activity_id = @a
            """).With("@a", activityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)Long(reader, 0), (int)Long(reader, 1), (int)Long(reader, 2));
    }

    /// <summary>The last <paramref name="months"/> months (this one included), newest first; one row per club (null: no club) and month.</summary>
    public async Task<IReadOnlyList<MonthlyAttendance>> MonthlyAsync(string? clubId, int months, CancellationToken cancellationToken) =>
        [.. (await ActivitiesAsync(clubId, months, cancellationToken)).GroupBy(r => (r.Month, r.ClubId))
            .Select(g => new MonthlyAttendance(g.Key.Month, g.Key.ClubId, g.First().ClubName, g.Count(), g.Sum(r => r.Held), g.Sum(r => r.Attended)))
            .OrderByDescending(m => m.Month, StringComparer.Ordinal).ThenBy(m => m.ClubId, StringComparer.Ordinal)];

    /// <summary>Each activity that started in the last <paramref name="months"/> months (not cancelled), newest first.</summary>
    public async Task<IReadOnlyList<ActivityAttendanceRow>> ActivitiesAsync(string? clubId, int months, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var local = time.ToLocal(now);
        var firstMonth = new DateTime(local.Year, local.Month, 1).AddMonths(1 - months);
        var from = time.FromLocal(firstMonth);
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var clubFilter = clubId is null ? string.Empty : "AND a.club_id = @club";
        await using var command = connection.Command(
            $"""
            SELECT a.id, a.club_id, c.name, a.starts_at, a.title,
                (SELECT COUNT(*) FROM signups s WHERE s.activity_id = a.id AND s.status IN {Holding}),
                (SELECT COUNT(*) FROM signups s WHERE s.activity_id = a.id AND s.status = 'attended')
            FROM activities a LEFT JOIN clubs c ON c.id = a.club_id
            WHERE a.status = 'active' AND a.starts_at >= @from AND a.starts_at <= @now {clubFilter}
            ORDER BY a.starts_at DESC, a.id
            """).With("@from", from.ToUnixTimeMilliseconds()).With("@now", now.ToUnixTimeMilliseconds());
        if (clubId is not null)
        {
            command.With("@club", clubId);
        }

        var rows = new List<ActivityAttendanceRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var starts = time.ToLocal(Time(reader, 3));
            rows.Add(new ActivityAttendanceRow(reader.GetString(0), reader.GetString(4), reader.GetStringOrNull(1), reader.GetStringOrNull(2), starts,
                starts.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), (int)Long(reader, 5), (int)Long(reader, 6)));
        }

        return rows;
    }
}

/// <summary>One club's month: activities that started, seats held on them, and how many of those checked in.</summary>
public sealed record MonthlyAttendance(string Month, string? ClubId, string? ClubName, int Activities, int Held, int Attended)
{
    public double Rate => Held == 0 ? 0 : Math.Round((double)Attended / Held, 3);
}
