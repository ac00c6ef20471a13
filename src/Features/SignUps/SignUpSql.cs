using EngageBot.Core.State;
using EngageBot.Core.Turns;
using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The column lists and row readers the sign-up stores share, and the two transaction steps they all need:
/// locking an activity and promoting from its waitlist. Written once so every store reads rows the same way.
/// </summary>
internal static class SignUpSql
{
    /// <summary>Seats are held by confirmed and attended sign-ups.</summary>
    public const string Holding = "('confirmed', 'attended')";

    /// <summary>Active sign-ups: the ones the one-per-member unique index covers.</summary>
    public const string Active = "('confirmed', 'waitlisted', 'attended')";

    /// <summary>
    /// Adds member @m to activity @a at @now (with @ch, @u, @n, @lang, @conv, @convm, @src): a seat while one is free, else the
    /// next waitlist ticket. The caller adds the WHERE on the activity <c>a</c> and the ON CONFLICT.
    /// </summary>
    public const string InsertSeat =
        $"""
        INSERT INTO signups (activity_id, member_key, channel_id, user_id, display_name, status, waitlist_position,
            language, conversation_key, conversation_member, source_key, signed_up_at, confirmed_at, updated_at)
        SELECT a.id, @m, @ch, @u, @n,
            CASE WHEN taken.n < a.capacity THEN 'confirmed' ELSE 'waitlisted' END,
            CASE WHEN taken.n < a.capacity THEN NULL
                 ELSE (SELECT COALESCE(MAX(q.waitlist_position), 0) + 1 FROM signups q WHERE q.activity_id = a.id) END,
            @lang, @conv, @convm, @src, @now,
            CASE WHEN taken.n < a.capacity THEN @now ELSE NULL END,
            @now
        FROM activities a,
            (SELECT COUNT(*) AS n FROM signups c WHERE c.activity_id = @a AND c.status IN {Holding}) taken
        """;

    public const string ActivityColumns =
        """
        a.id, a.club_id, a.title, a.title_en, a.starts_at, a.ends_at, a.place, a.capacity, a.signup_deadline,
        a.cancel_deadline, a.reminder_leads, a.status, a.checkin_code,
        (SELECT COUNT(*) FROM signups c WHERE c.activity_id = a.id AND c.status IN ('confirmed', 'attended')),
        (SELECT COUNT(*) FROM signups w WHERE w.activity_id = a.id AND w.status = 'waitlisted'),
        a.series_id, a.series_index
        """;

    public const int ActivityColumnCount = 17;

    public const string SignUpColumns =
        "s.id, s.activity_id, s.channel_id, s.user_id, s.display_name, s.status, s.waitlist_position, s.language, s.conversation_key, s.signed_up_at, s.attended_at";

    public const int SignUpColumnCount = 11;

    public static ActivityRecord ReadActivity(DbDataReader r, int o = 0) => new(
        r.GetString(o),
        r.GetStringOrNull(o + 1),
        r.GetString(o + 2),
        r.GetStringOrNull(o + 3),
        Time(r, o + 4),
        OptionalTime(r, o + 5),
        r.GetStringOrNull(o + 6),
        (int)Long(r, o + 7),
        OptionalTime(r, o + 8),
        OptionalTime(r, o + 9),
        ParseLeads(r.GetString(o + 10)),
        r.GetString(o + 11) == "cancelled" ? ActivityStatus.Cancelled : ActivityStatus.Active,
        r.GetString(o + 12),
        (int)Long(r, o + 13),
        (int)Long(r, o + 14),
        r.GetStringOrNull(o + 15),
        r.GetValue(o + 16) is DBNull ? null : (int)Long(r, o + 16));

    public static SignUpRecord ReadSignUp(DbDataReader r, int o = 0) => new(
        Long(r, o),
        r.GetString(o + 1),
        new MemberKey(r.GetString(o + 2), r.GetString(o + 3)),
        r.GetString(o + 4),
        ParseStatus(r.GetString(o + 5)),
        r.GetValue(o + 6) is DBNull ? null : (int)Long(r, o + 6),
        r.GetString(o + 7),
        r.GetStringOrNull(o + 8) is { } conversation ? ConversationKey.Parse(conversation) : null,
        Time(r, o + 9),
        OptionalTime(r, o + 10));

    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(DbDataReader r, int i) => DateTimeOffset.FromUnixTimeMilliseconds(Long(r, i));

    public static DateTimeOffset? OptionalTime(DbDataReader r, int i) => r.GetValue(i) is DBNull ? null : Time(r, i);

    public static long? Millis(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static string StatusName(SignUpStatus status) => status.ToString().ToLowerInvariant();

    public static SignUpStatus ParseStatus(string status) => status switch
    {
        "confirmed" => SignUpStatus.Confirmed,
        "waitlisted" => SignUpStatus.Waitlisted,
        "attended" => SignUpStatus.Attended,
        _ => SignUpStatus.Cancelled,
    };

    public static string FormatLeads(IReadOnlyList<TimeSpan> leads) =>
        string.Join(',', leads.Select(l => ((long)l.TotalMinutes).ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<TimeSpan> ParseLeads(string leads) =>
        [.. leads.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => TimeSpan.FromMinutes(long.Parse(m, CultureInfo.InvariantCulture)))];

    /// <summary>
    /// Reads the activity inside the transaction. On PostgreSQL the row is locked first (FOR UPDATE), so
    /// everything that changes one activity's seats queues on it; SQLite already has one writer at a time.
    /// </summary>
    public static async Task<ActivityRecord?> LockActivityAsync(
        DbConnection connection, DbTransaction transaction, StorageProvider provider, string activityId, CancellationToken cancellationToken)
    {
        if (provider == StorageProvider.Postgres)
        {
            await using var lockRow = connection.Command("SELECT id FROM activities WHERE id = @a FOR UPDATE", transaction).With("@a", activityId);
            await lockRow.ExecuteScalarAsync(cancellationToken);
        }

        await using var read = connection.Command($"SELECT {ActivityColumns} FROM activities a WHERE a.id = @a", transaction).With("@a", activityId);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadActivity(reader) : null;
    }

    /// <summary>
    /// Moves up to <paramref name="seats"/> waitlisted members, first in line first, into free seats, and
    /// queues a notice for each, all in the caller's transaction. Stops when no seat or nobody is left.
    /// </summary>
    public static async Task<List<(SignUpRecord SignUp, long NoticeId)>> PromoteAsync(
        DbConnection connection, DbTransaction transaction, string activityId, int seats, long now, CancellationToken cancellationToken)
    {
        var promoted = new List<(SignUpRecord, long)>();
        for (var i = 0; i < seats; i++)
        {
            await using var next = connection.Command(
                $"SELECT {SignUpColumns} FROM signups s WHERE s.activity_id = @a AND s.status = 'waitlisted' ORDER BY s.waitlist_position LIMIT 1",
                transaction).With("@a", activityId);
            SignUpRecord? first;
            await using (var reader = await next.ExecuteReaderAsync(cancellationToken))
            {
                first = await reader.ReadAsync(cancellationToken) ? ReadSignUp(reader) : null;
            }

            if (first is null)
            {
                break;
            }

            await using var promote = connection.Command(
                $"""
                UPDATE signups SET status = 'confirmed', confirmed_at = @now, updated_at = @now
                WHERE id = @id AND status = 'waitlisted'
                  AND (SELECT COUNT(*) FROM signups c WHERE c.activity_id = @a AND c.status IN {Holding})
                      < (SELECT capacity FROM activities WHERE id = @a)
                """, transaction).With("@id", first.Id).With("@a", activityId).With("@now", now);
            if (await promote.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                break;
            }

            promoted.Add((first with { Status = SignUpStatus.Confirmed }, await AddNoticeAsync(connection, transaction, first.Id, "promoted", now, cancellationToken)));
        }

        return promoted;
    }

    /// <summary>
    /// Puts the member's news ("promoted" or "activity_cancelled") in the outbox, in the transaction of the change
    /// itself, addressed to the conversation they signed up in; returns the outbox row id. The row is the outbox's
    /// to write (<see cref="OutboxRows"/>); this only says who and where.
    /// </summary>
    public static async Task<long> AddNoticeAsync(
        DbConnection connection, DbTransaction transaction, long signUpId, string kind, long now, CancellationToken cancellationToken)
    {
        await using var read = connection.Command("SELECT member_key, conversation_key, conversation_member FROM signups WHERE id = @s", transaction).With("@s", signUpId);
        MemberKey member;
        ConversationKey? conversation;
        MemberKey? conversationMember;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"Sign-up {signUpId} vanished inside its own transaction.");
            }

            member = MemberKey.Parse(reader.GetString(0));
            conversation = reader.GetStringOrNull(1) is { } key ? ConversationKey.Parse(key) : null;
            conversationMember = reader.GetStringOrNull(2) is { } owner ? MemberKey.Parse(owner) : null;
        }

        var outboxKind = kind == "promoted" ? OutboxKind.SignUpPromoted : OutboxKind.SignUpCancelled;
        var subject = signUpId.ToString(CultureInfo.InvariantCulture);
        var entry = new OutboxEntry(outboxKind, outboxKind.Name() + "|" + subject, member, conversation)
        {
            SubjectId = subject,
            ReferenceMember = conversationMember,
        };
        return await OutboxRows.AddAsync(connection, transaction, entry, now, cancellationToken);
    }
}
