using System.Data.Common;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// A sign-up press on PostgreSQL as one batch: the activity's row lock, then one statement that reads the activity,
/// looks up the member's active sign-up, inserts a seat or a waitlist ticket when there is none (and the activity is
/// open) and returns it with its place in the queue. Every press of an activity queues on that lock, so what runs
/// while it is held is what the next press waits for: here the rest of the batch and the COMMIT, one round trip,
/// where the step-by-step path (<see cref="SignUpStore"/> on SQLite) takes five or six. The statement gets its snapshot
/// after the lock is granted (read committed: one per statement), so it counts what the previous holder committed;
/// capacity, one seat per member and distinct tickets stay the database's rules (schema 021's trigger and indexes).
/// </summary>
internal static class SignUpPress
{
    // The activity as LockActivityAsync reads it; the member's active sign-up; the new one (when this press adds it);
    // the waiting members up to the sign-up's ticket (the new one is not in the statement's snapshot: one more).
    private static readonly string Decide =
        $"""
        WITH act AS (
            SELECT {ActivityColumns} FROM activities a WHERE a.id = @a),
        mine AS (
            SELECT {SignUpColumns} FROM signups s WHERE s.activity_id = @a AND s.member_key = @m AND s.status IN {Active}),
        added AS (
            {InsertSeat}
            WHERE a.id = @a AND a.status = 'active' AND @now < COALESCE(a.signup_deadline, a.starts_at)
              AND NOT EXISTS (SELECT 1 FROM mine)
            ON CONFLICT DO NOTHING
            RETURNING id, activity_id, channel_id, user_id, display_name, status, waitlist_position, language,
                conversation_key, signed_up_at, attended_at)
        SELECT act.*, mine.*, added.*,
            (SELECT COUNT(*) FROM signups q WHERE q.activity_id = @a AND q.status = 'waitlisted'
                AND q.waitlist_position <= COALESCE(mine.waitlist_position, added.waitlist_position))
        FROM act LEFT JOIN mine ON true LEFT JOIN added ON true
        """;

    /// <summary>The press's answer; null when its insert met a conflict (a concurrent press with the same source key).</summary>
    public static async Task<SignUpResult?> RunAsync(
        DbConnection connection, DbTransaction transaction, SignUpRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        batch.Add("SELECT 1 FROM activities WHERE id = @a FOR UPDATE").With("@a", request.ActivityId);
        batch.Add(Decide).With("@a", request.ActivityId).With("@m", request.Member.Format()).With("@ch", request.Member.ChannelId)
            .With("@u", request.Member.UserId).With("@n", request.DisplayName).With("@lang", request.Language)
            .With("@conv", request.ConversationKey?.Format())
            .With("@convm", request.ConversationMemberText).With("@src", request.SourceKey).With("@now", now.ToUnixTimeMilliseconds());
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return new SignUpResult(SignUpResultKind.ActivityNotFound, null, null, null);
        }

        var activity = ReadActivity(reader);
        const int Mine = ActivityColumnCount;
        const int Added = Mine + SignUpColumnCount;
        const int Ahead = Added + SignUpColumnCount;
        if (activity.Status == ActivityStatus.Cancelled)
        {
            return new SignUpResult(SignUpResultKind.ActivityCancelled, activity, null, null);
        }

        if (!await reader.IsDBNullAsync(Mine, cancellationToken))
        {
            var existing = ReadSignUp(reader, Mine);
            return new SignUpResult(SignUpResultKind.AlreadySignedUp, activity, existing, Place(reader, existing, Ahead, 0));
        }

        if (now >= activity.SignUpClosesAt)
        {
            return new SignUpResult(SignUpResultKind.DeadlinePassed, activity, null, null);
        }

        if (await reader.IsDBNullAsync(Added, cancellationToken))
        {
            return null;
        }

        var added = ReadSignUp(reader, Added);
        return new SignUpResult(
            added.Status == SignUpStatus.Waitlisted ? SignUpResultKind.Waitlisted : SignUpResultKind.Confirmed, activity, added, Place(reader, added, Ahead, 1));
    }

    private static int? Place(DbDataReader reader, SignUpRecord signUp, int ahead, int self) =>
        signUp.Status == SignUpStatus.Waitlisted ? (int)Long(reader, ahead) + self : null;
}
