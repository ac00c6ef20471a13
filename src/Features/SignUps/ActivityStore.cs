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
    public Task<ActivityRecord> CreateAsync(ActivityDraft draft, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var id = NewId();
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await using (var insert = connection.Command(
                """
                INSERT INTO activities (id, club_id, title, title_en, starts_at, ends_at, place, capacity, signup_deadline,
                    cancel_deadline, reminder_leads, status, checkin_code, created_at, updated_at)
                VALUES (@id, @club, @t, @ten, @s, @e, @p, @cap, @sd, @cd, @r, 'active', @code, @now, @now)
                """, transaction)
                .With("@id", id).With("@code", NewCheckInCode()).With("@now", now))
            {
                Bind(insert, draft);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return (await LockActivityAsync(connection, transaction, database.Provider, id, cancellationToken))!;
        }, cancellationToken);

    /// <summary>
    /// Changes an activity. A capacity below the seats already taken is refused; a larger one promotes from
    /// the waitlist at once.
    /// </summary>
    public Task<ActivityUpdateResult> UpdateAsync(string id, ActivityDraft draft, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var current = await LockActivityAsync(connection, transaction, database.Provider, id, cancellationToken);
            if (current is null)
            {
                return new ActivityUpdateResult(ActivityUpdateKind.NotFound, null, []);
            }

            if (current.Status == ActivityStatus.Cancelled)
            {
                return new ActivityUpdateResult(ActivityUpdateKind.AlreadyCancelled, current, []);
            }

            if (draft.Capacity < current.Confirmed)
            {
                return new ActivityUpdateResult(ActivityUpdateKind.CapacityBelowConfirmed, current, []);
            }

            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await using (var update = connection.Command(
                """
                UPDATE activities SET club_id = @club, title = @t, title_en = @ten, starts_at = @s, ends_at = @e, place = @p,
                    capacity = @cap, signup_deadline = @sd, cancel_deadline = @cd, reminder_leads = @r, updated_at = @now
                WHERE id = @id
                """, transaction).With("@id", id).With("@now", now))
            {
                Bind(update, draft);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            var promoted = draft.Capacity > current.Confirmed
                ? await PromoteAsync(connection, transaction, id, draft.Capacity - current.Confirmed, now, cancellationToken)
                : [];
            var updated = await LockActivityAsync(connection, transaction, database.Provider, id, cancellationToken);
            return new ActivityUpdateResult(ActivityUpdateKind.Updated, updated, [.. promoted.Select(p => p.NoticeId)]);
        }, cancellationToken);

    /// <summary>Cancels the activity and queues a notice for every member holding a seat or waiting for one.</summary>
    public Task<ActivityUpdateResult> CancelAsync(string id, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var current = await LockActivityAsync(connection, transaction, database.Provider, id, cancellationToken);
            if (current is null)
            {
                return new ActivityUpdateResult(ActivityUpdateKind.NotFound, null, []);
            }

            if (current.Status == ActivityStatus.Cancelled)
            {
                return new ActivityUpdateResult(ActivityUpdateKind.AlreadyCancelled, current, []);
            }

            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await using (var cancel = connection.Command(
                "UPDATE activities SET status = 'cancelled', updated_at = @now WHERE id = @id", transaction).With("@id", id).With("@now", now))
            {
                await cancel.ExecuteNonQueryAsync(cancellationToken);
            }

            var signUpIds = new List<long>();
            await using (var members = connection.Command(
                "SELECT id FROM signups WHERE activity_id = @id AND status IN ('confirmed', 'waitlisted') ORDER BY id", transaction).With("@id", id))
            {
                await using var reader = await members.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    signUpIds.Add(Long(reader, 0));
                }
            }

            var notices = new List<long>();
            foreach (var signUpId in signUpIds)
            {
                notices.Add(await AddNoticeAsync(connection, transaction, signUpId, "activity_cancelled", now, cancellationToken));
            }

            return new ActivityUpdateResult(ActivityUpdateKind.Updated, current with { Status = ActivityStatus.Cancelled }, notices);
        }, cancellationToken);

    public async Task<ActivityRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {ActivityColumns} FROM activities a WHERE a.id = @id").With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadActivity(reader) : null;
    }

    /// <summary>Active activities that have not started yet (optionally one club's), soonest first.</summary>
    public async Task<IReadOnlyList<ActivityRecord>> ListUpcomingAsync(string? clubId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var clubFilter = clubId is null ? string.Empty : "AND a.club_id = @club";
        await using var command = connection.Command(
            $"""
            SELECT {ActivityColumns} FROM activities a
            WHERE a.status = 'active' AND a.starts_at > @now {clubFilter}
            ORDER BY a.starts_at, a.id LIMIT @n
            """).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds()).With("@n", limit);
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

        return list;
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

    private static void Bind(System.Data.Common.DbCommand command, ActivityDraft draft) => command
        .With("@club", draft.ClubId).With("@t", draft.Title).With("@ten", draft.TitleEn)
        .With("@s", draft.StartsAt.ToUnixTimeMilliseconds()).With("@e", Millis(draft.EndsAt)).With("@p", draft.Place)
        .With("@cap", draft.Capacity).With("@sd", Millis(draft.SignUpDeadline)).With("@cd", Millis(draft.CancelDeadline))
        .With("@r", FormatLeads(draft.ReminderLeadTimes));
}
