using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>
/// PostgreSQL: the turn's rows (dedup mark, state CAS writes, transcript, reference, and the parked replies through
/// <see cref="TurnCommit.AlsoInBatch"/>) as one batch. Without a transaction of its own the batch is one round trip:
/// PostgreSQL runs the statements up to the batch's one Sync as an implicit transaction, all or nothing, so no BEGIN
/// and no COMMIT travel. The checks therefore fail inside the database: a mark that inserted nothing or a CAS that
/// changed nothing calls <c>engagebot_turn_conflict</c> (schema 280), whose error rolls back everything before it and
/// skips the rest; it comes back here as its SQLSTATE and is thrown as before.
/// </summary>
internal static class PostgresTurnBatch
{
    private const string Duplicate = "EBDUP";

    // A CAS that changed nothing raises EBC00, EBC01, …, EBCZZ: the position of its write in TurnCommit.States, in two
    // base-36 digits (a SQLSTATE is five digits or capital letters).
    private const string ChangedPrefix = "EBC";
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const string Mark =
        """
        WITH m AS (INSERT INTO processed_activities (key, processed_at) VALUES (@k, @t) ON CONFLICT (key) DO NOTHING RETURNING 1)
        SELECT engagebot_turn_conflict('EBDUP') WHERE NOT EXISTS (SELECT 1 FROM m)
        """;

    private const string Insert =
        """
        WITH w AS (INSERT INTO state (key, json, version, updated_at) VALUES (@k, @j, 1, @t) ON CONFLICT (key) DO NOTHING RETURNING 1)
        SELECT engagebot_turn_conflict(@conflict) WHERE NOT EXISTS (SELECT 1 FROM w)
        """;

    private const string Update =
        """
        WITH w AS (UPDATE state SET json = @j, version = version + 1, updated_at = @t WHERE key = @k AND version = @v RETURNING 1)
        SELECT engagebot_turn_conflict(@conflict) WHERE NOT EXISTS (SELECT 1 FROM w)
        """;

    // All of a turn's transcript rows in one statement (usually two: the message and the reply), in order.
    private const string Transcript =
        """
        INSERT INTO transcript (conversation_key, activity_id, direction, json, at)
        SELECT e.c, e.a, e.d, e.j, @t FROM unnest(@c::text[], @a::text[], @d::text[], @j::text[]) WITH ORDINALITY AS e(c, a, d, j, n) ORDER BY e.n
        """;

    /// <summary>True when the commit can go as one batch without a transaction (nothing needs the transaction itself).</summary>
    public static bool FitsOneBatch(TurnCommit commit) => commit.AlsoInTransaction is null || commit.AlsoInBatch is not null;

    /// <summary>
    /// Sends the batch, inside <paramref name="transaction"/> when given (then <see cref="TurnCommit.AlsoInTransaction"/>
    /// follows it), else as its own implicit transaction with <see cref="TurnCommit.AlsoInBatch"/>'s statements in it.
    /// </summary>
    public static async Task WriteAsync(
        DbConnection connection, DbTransaction? transaction, TurnCommit commit, ReferenceRows references, long now, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        if (commit.ProcessedActivityKey is { } activityKey)
        {
            batch.Add(Mark).With("@k", activityKey).With("@t", now);
        }

        foreach (var (write, i) in commit.States.Select((write, i) => (write, i)))
        {
            var cas = write.ExpectedETag switch
            {
                null => batch.Add(Insert),
                "*" => batch.Add(TurnSql.State("*")),
                _ => batch.Add(Update).With("@v", TurnSql.Version(write.ExpectedETag)),
            };
            cas.With("@k", write.Key).With("@j", write.Json).With("@t", now);
            if (write.ExpectedETag != "*")
            {
                cas.With("@conflict", ConflictCode(i));
            }
        }

        if (commit.Transcript.Count > 0)
        {
            batch.Add(Transcript)
                .With("@c", commit.Transcript.Select(e => e.ConversationKey.Format()).ToArray())
                .With("@a", commit.Transcript.Select(e => e.ActivityId).ToArray())
                .With("@d", commit.Transcript.Select(e => e.Direction).ToArray())
                .With("@j", commit.Transcript.Select(e => e.Json.ToString()).ToArray())
                .With("@t", now);
        }

        if (commit.Reference is { } reference)
        {
            if (references.NeedsRoute(reference, out var columns))
            {
                ReferenceRows.BindRoute(Parameters.Of(batch.Add(TurnSql.Route)), columns.Route);
            }

            ReferenceRows.Bind(Parameters.Of(batch.Add(TurnSql.Reference)), reference, columns, now);
        }

        if (transaction is null)
        {
            commit.AlsoInBatch?.Invoke(batch);
        }

        if (batch.BatchCommands.Count == 0)
        {
            return;
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException ex) when (ex.SqlState == Duplicate)
        {
            throw new DuplicateActivityException(commit.ProcessedActivityKey!);
        }
        catch (DbException ex) when (ex.SqlState is { Length: 5 } code && code.StartsWith(ChangedPrefix, StringComparison.Ordinal))
        {
            throw new ETagConflictException(commit.States[Digits.IndexOf(code[3]) * Digits.Length + Digits.IndexOf(code[4])].Key);
        }
    }

    private static string ConflictCode(int position) => position < Digits.Length * Digits.Length
        ? string.Concat(ChangedPrefix, Digits[position / Digits.Length].ToString(), Digits[position % Digits.Length].ToString())
        : throw new ArgumentOutOfRangeException(nameof(position), position, "A turn commit takes at most 1,296 state writes.");
}
