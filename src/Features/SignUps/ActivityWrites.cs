using System.Data.Common;
using EngageBot.Features.SignUps.Changes;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Creating, changing and cancelling one activity inside the caller's transaction, so a single change
/// (<see cref="ActivityStore"/>) and a change to every future occurrence of a series (<see cref="Series.SeriesStore"/>)
/// write the same rows and queue the same news.
/// </summary>
internal static class ActivityWrites
{
    public static async Task<ActivityRecord> InsertAsync(
        DbConnection connection, DbTransaction transaction, StorageProvider provider, ActivityDraft draft,
        string? seriesId, int? seriesIndex, long now, CancellationToken cancellationToken)
    {
        var id = ActivityStore.NewId();
        await using (var insert = connection.Command(
            """
            INSERT INTO activities (id, club_id, title, title_en, starts_at, ends_at, place, capacity, signup_deadline,
                cancel_deadline, reminder_leads, status, checkin_code, created_at, updated_at, series_id, series_index)
            VALUES (@id, @club, @t, @ten, @s, @e, @p, @cap, @sd, @cd, @r, 'active', @code, @now, @now, @series, @index)
            """, transaction)
            .With("@id", id).With("@code", ActivityStore.NewCheckInCode()).With("@now", now)
            .With("@series", seriesId).With("@index", seriesIndex))
        {
            Bind(insert, draft);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await LockActivityAsync(connection, transaction, provider, id, cancellationToken))!;
    }

    /// <summary>
    /// Changes an activity. A capacity below the seats already taken is refused; a larger one promotes from
    /// the waitlist at once; a new time or place is recorded and everyone signed up or waiting is told.
    /// </summary>
    public static async Task<ActivityUpdateResult> UpdateAsync(
        DbConnection connection, DbTransaction transaction, StorageProvider provider, string id, ActivityDraft draft,
        long now, CancellationToken cancellationToken)
    {
        var current = await LockActivityAsync(connection, transaction, provider, id, cancellationToken);
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
        var updated = (await LockActivityAsync(connection, transaction, provider, id, cancellationToken))!;
        var told = await ActivityChangeSql.RecordAsync(connection, transaction, current, updated, now, cancellationToken);
        return new ActivityUpdateResult(ActivityUpdateKind.Updated, updated, [.. promoted.Select(p => p.NoticeId), .. told]);
    }

    /// <summary>Cancels the activity and queues a notice for every member holding a seat or waiting for one.</summary>
    public static async Task<ActivityUpdateResult> CancelAsync(
        DbConnection connection, DbTransaction transaction, StorageProvider provider, string id, long now, CancellationToken cancellationToken)
    {
        var current = await LockActivityAsync(connection, transaction, provider, id, cancellationToken);
        if (current is null)
        {
            return new ActivityUpdateResult(ActivityUpdateKind.NotFound, null, []);
        }

        if (current.Status == ActivityStatus.Cancelled)
        {
            return new ActivityUpdateResult(ActivityUpdateKind.AlreadyCancelled, current, []);
        }

        await using (var cancel = connection.Command(
            "UPDATE activities SET status = 'cancelled', updated_at = @now WHERE id = @id", transaction).With("@id", id).With("@now", now))
        {
            await cancel.ExecuteNonQueryAsync(cancellationToken);
        }

        var notices = new List<long>();
        foreach (var signUpId in await ActiveSignUpIdsAsync(connection, transaction, id, cancellationToken))
        {
            notices.Add(await AddNoticeAsync(connection, transaction, signUpId, "activity_cancelled", now, cancellationToken));
        }

        return new ActivityUpdateResult(ActivityUpdateKind.Updated, current with { Status = ActivityStatus.Cancelled }, notices);
    }

    /// <summary>Sign-ups holding a seat or waiting for one, in arrival order: who is told of a change or cancellation.</summary>
    public static async Task<List<long>> ActiveSignUpIdsAsync(
        DbConnection connection, DbTransaction transaction, string activityId, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using var members = connection.Command(
            "SELECT id FROM signups WHERE activity_id = @id AND status IN ('confirmed', 'waitlisted') ORDER BY id", transaction).With("@id", activityId);
        await using var reader = await members.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(Long(reader, 0));
        }

        return ids;
    }

    private static void Bind(DbCommand command, ActivityDraft draft) => command
        .With("@club", draft.ClubId).With("@t", draft.Title).With("@ten", draft.TitleEn)
        .With("@s", draft.StartsAt.ToUnixTimeMilliseconds()).With("@e", Millis(draft.EndsAt)).With("@p", draft.Place)
        .With("@cap", draft.Capacity).With("@sd", Millis(draft.SignUpDeadline)).With("@cd", Millis(draft.CancelDeadline))
        .With("@r", FormatLeads(draft.ReminderLeadTimes));
}
