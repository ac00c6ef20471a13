using System.Data.Common;
using EngageBot.Core.State;
using EngageBot.Infrastructure;
using static EngageBot.Features.SignUps.SignUpSql;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Taking and giving back seats. Every change is one transaction that first locks the activity (PostgreSQL
/// FOR UPDATE; SQLite's single writer), decides seat or waitlist inside one conditional INSERT that counts
/// the seats taken, and leans on the database for the rest: one active sign-up per member (partial unique
/// index), distinct waitlist tickets (unique index) and capacity (triggers).
/// </summary>
public sealed class SignUpStore(IDatabase database, TimeProvider clock)
{
    private readonly IDatabase _database = database;
    private readonly TimeProvider _clock = clock;

    /// <summary>
    /// Gives the member a seat, or a waitlist ticket when the activity is full. On SQLite concurrent requests
    /// share one transaction (the database's group commit, in arrival order); on PostgreSQL each runs in its
    /// own, queued on the activity's row lock.
    /// </summary>
    public async Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken) =>
        await AlreadySignedUpAsync(request, cancellationToken)
        ?? await _database.WriteAsync((connection, transaction) => SignUpInTransactionAsync(connection, transaction, request, cancellationToken), cancellationToken);

    /// <summary>
    /// A press by a member who already holds or waits for a seat (a second tap, an old button pressed again) changes
    /// nothing, so it is answered from one read, as the transaction below would answer it, without queueing on the
    /// activity's lock behind the sign-ups that do change seats (on PostgreSQL that transaction is five round trips).
    /// Null when the transaction must decide: no active sign-up, the activity cancelled, or the request's key naming
    /// another sign-up.
    /// </summary>
    private async Task<SignUpResult?> AlreadySignedUpAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SignUpColumns}, {ActivityColumns},
                (SELECT COUNT(*) FROM signups q WHERE q.activity_id = s.activity_id AND q.status = 'waitlisted'
                    AND q.waitlist_position <= s.waitlist_position),
                (SELECT r.id FROM signups r WHERE r.source_key = @src AND r.status <> 'cancelled')
            FROM signups s JOIN activities a ON a.id = s.activity_id
            WHERE s.activity_id = @a AND s.member_key = @m AND s.status IN {Active} AND a.status = 'active'
            """).With("@a", request.ActivityId).With("@m", request.Member.Format()).With("@src", request.SourceKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var signUp = ReadSignUp(reader);
        var activity = ReadActivity(reader, SignUpColumnCount);
        var extra = SignUpColumnCount + ActivityColumnCount;
        var kind = reader.GetValue(extra + 1) is DBNull ? SignUpResultKind.AlreadySignedUp
            : Long(reader, extra + 1) == signUp.Id ? FreshKind(signUp) // this very request, replayed (a re-run turn)
            : (SignUpResultKind?)null;
        return kind is not { } known ? null
            : new SignUpResult(known, activity, signUp, signUp.Status == SignUpStatus.Waitlisted ? (int)Long(reader, extra) : null);
    }

    private async Task<SignUpResult> SignUpInTransactionAsync(
        DbConnection connection, DbTransaction transaction, SignUpRequest request, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (request.SourceKey is { } source
            && await FindAsync(connection, transaction, "s.source_key = @k", ("@k", source), cancellationToken) is { } replay
            && replay.Status != SignUpStatus.Cancelled)
        {
            var replayActivity = await LockActivityAsync(connection, transaction, _database.Provider, replay.ActivityId, cancellationToken);
            return await ResultForAsync(connection, transaction, replay, replayActivity, FreshKind(replay), cancellationToken);
        }

        if (_database.Provider == StorageProvider.Postgres)
        {
            var pressed = await SignUpPress.RunAsync(connection, transaction, request, now, cancellationToken)
                ?? await InsertedElsewhereAsync(connection, transaction, request, cancellationToken);
            if (pressed is { Kind: SignUpResultKind.Confirmed or SignUpResultKind.Waitlisted, SignUp: { } fresh } && request.Answers is { Count: > 0 } given)
            {
                await Forms.FormStore.WriteAnswersAsync(connection, transaction, fresh.Id, given, now.ToUnixTimeMilliseconds(), cancellationToken);
            }

            return pressed;
        }

        var activity = await LockActivityAsync(connection, transaction, _database.Provider, request.ActivityId, cancellationToken);
        if (activity is null)
        {
            return new SignUpResult(SignUpResultKind.ActivityNotFound, null, null, null);
        }

        if (activity.Status == ActivityStatus.Cancelled)
        {
            return new SignUpResult(SignUpResultKind.ActivityCancelled, activity, null, null);
        }

        if (await FindActiveAsync(connection, transaction, request.ActivityId, request.Member, cancellationToken) is { } existing)
        {
            return await ResultForAsync(connection, transaction, existing, activity, SignUpResultKind.AlreadySignedUp, cancellationToken);
        }

        if (now >= activity.SignUpClosesAt)
        {
            return new SignUpResult(SignUpResultKind.DeadlinePassed, activity, null, null);
        }

        await using (var insert = connection.Command(
            $"""
            {InsertSeat}
            WHERE a.id = @a AND a.status = 'active'
            ON CONFLICT DO NOTHING
            """, transaction)
            .With("@a", request.ActivityId).With("@m", request.Member.Format()).With("@ch", request.Member.ChannelId)
            .With("@u", request.Member.UserId).With("@n", request.DisplayName).With("@lang", request.Language)
            .With("@conv", request.ConversationKey?.Format())
            .With("@convm", request.ConversationMemberText).With("@src", request.SourceKey).With("@now", now.ToUnixTimeMilliseconds()))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var mine = await FindActiveAsync(connection, transaction, request.ActivityId, request.Member, cancellationToken)
            ?? throw new InvalidOperationException("The sign-up was neither inserted nor found.");
        if (request.Answers is { Count: > 0 } answers)
        {
            await Forms.FormStore.WriteAnswersAsync(connection, transaction, mine.Id, answers, now.ToUnixTimeMilliseconds(), cancellationToken);
        }

        return await ResultForAsync(connection, transaction, mine, activity, FreshKind(mine), cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: the press's insert found a conflict (a concurrent press with the same source key): answered as the
    /// SQLite path answers it, from the member's active sign-up.
    /// </summary>
    private async Task<SignUpResult> InsertedElsewhereAsync(
        DbConnection connection, DbTransaction transaction, SignUpRequest request, CancellationToken cancellationToken)
    {
        var activity = await LockActivityAsync(connection, transaction, _database.Provider, request.ActivityId, cancellationToken);
        var mine = await FindActiveAsync(connection, transaction, request.ActivityId, request.Member, cancellationToken)
            ?? throw new InvalidOperationException("The sign-up was neither inserted nor found.");
        return await ResultForAsync(connection, transaction, mine, activity, FreshKind(mine), cancellationToken);
    }

    /// <summary>
    /// Cancels the member's active sign-up. A freed seat goes to the first waitlisted member in the same
    /// transaction, with a notice queued for them. Members may leave a waitlist at any time; giving back a
    /// seat after the cancellation deadline is refused unless <paramref name="enforceDeadline"/> is false.
    /// </summary>
    public Task<CancelResult> CancelAsync(string activityId, MemberKey member, bool enforceDeadline, CancellationToken cancellationToken) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            var now = _clock.GetUtcNow();
            var activity = await LockActivityAsync(connection, transaction, _database.Provider, activityId, cancellationToken);
            if (activity is null)
            {
                return new CancelResult(CancelResultKind.ActivityNotFound, null, null, null, []);
            }

            var signUp = await FindActiveAsync(connection, transaction, activityId, member, cancellationToken);
            if (signUp is null || signUp.Status == SignUpStatus.Attended || activity.Status == ActivityStatus.Cancelled)
            {
                return new CancelResult(CancelResultKind.NotSignedUp, activity, null, null, []);
            }

            if (enforceDeadline && signUp.Status == SignUpStatus.Confirmed && now >= activity.CancelClosesAt)
            {
                return new CancelResult(CancelResultKind.DeadlinePassed, activity, signUp, null, []);
            }

            var millis = now.ToUnixTimeMilliseconds();
            await using (var cancel = connection.Command(
                "UPDATE signups SET status = 'cancelled', cancelled_at = @now, updated_at = @now WHERE id = @id", transaction)
                .With("@id", signUp.Id).With("@now", millis))
            {
                await cancel.ExecuteNonQueryAsync(cancellationToken);
            }

            var promoted = signUp.Status == SignUpStatus.Confirmed && now < activity.StartsAt
                ? await PromoteAsync(connection, transaction, activityId, 1, millis, cancellationToken)
                : [];
            return new CancelResult(
                CancelResultKind.Cancelled, activity, signUp with { Status = SignUpStatus.Cancelled },
                promoted.Count > 0 ? promoted[0].SignUp : null, [.. promoted.Select(p => p.NoticeId)]);
        }, cancellationToken);

    /// <summary>Shows the member's new name on all their active sign-ups; returns how many changed.</summary>
    public Task<int> RenameAsync(MemberKey member, string name, CancellationToken cancellationToken) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            await using var rename = connection.Command(
                $"UPDATE signups SET display_name = @n, updated_at = @now WHERE member_key = @m AND status IN {Active} AND display_name <> @n", transaction)
                .With("@n", name).With("@m", member.Format()).With("@now", _clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await rename.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static SignUpResultKind FreshKind(SignUpRecord signUp) =>
        signUp.Status == SignUpStatus.Waitlisted ? SignUpResultKind.Waitlisted : SignUpResultKind.Confirmed;

    private static Task<SignUpRecord?> FindActiveAsync(
        DbConnection connection, DbTransaction transaction, string activityId, MemberKey member, CancellationToken cancellationToken) =>
        FindAsync(connection, transaction, $"s.activity_id = @a AND s.member_key = @m AND s.status IN {Active}",
            ("@a", activityId), cancellationToken, ("@m", member.Format()));

    private static async Task<SignUpRecord?> FindAsync(
        DbConnection connection, DbTransaction transaction, string where, (string Name, object Value) first,
        CancellationToken cancellationToken, params (string Name, object Value)[] more)
    {
        await using var command = connection.Command($"SELECT {SignUpColumns} FROM signups s WHERE {where}", transaction).With(first.Name, first.Value);
        foreach (var (name, value) in more)
        {
            command.With(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSignUp(reader) : null;
    }

    private static async Task<SignUpResult> ResultForAsync(
        DbConnection connection, DbTransaction transaction, SignUpRecord signUp, ActivityRecord? activity, SignUpResultKind kind,
        CancellationToken cancellationToken)
    {
        if (signUp.Status != SignUpStatus.Waitlisted)
        {
            return new SignUpResult(kind, activity, signUp, null);
        }

        await using var place = connection.Command(
            "SELECT COUNT(*) FROM signups WHERE activity_id = @a AND status = 'waitlisted' AND waitlist_position <= @p", transaction)
            .With("@a", signUp.ActivityId).With("@p", signUp.WaitlistPosition);
        return new SignUpResult(kind, activity, signUp, (int)Convert.ToInt64(await place.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
    }
}
