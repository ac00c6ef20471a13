using System.Data.Common;

namespace EngageBot.Core.State;

/// <summary>
/// PostgreSQL: the turn's own rows (dedup mark, state CAS writes, transcript, reference) in one round trip, as one
/// batch inside the turn's transaction, instead of one round trip per statement. The checks stay what they were: a mark
/// that inserted nothing is a duplicate, a CAS write that changed nothing a conflict; either throws after the batch,
/// and the transaction, with everything the batch wrote, is rolled back.
/// </summary>
internal static class PostgresTurnBatch
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, TurnCommit commit, long now, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        var checks = new List<(DbBatchCommand Command, Func<Exception> WhenUnchanged)>();
        if (commit.ProcessedActivityKey is { } activityKey)
        {
            var mark = Add(batch, TurnSql.Mark).With("@k", activityKey).With("@t", now);
            checks.Add((mark, () => new DuplicateActivityException(activityKey)));
        }

        foreach (var write in commit.States)
        {
            var cas = Add(batch, TurnSql.State(write.ExpectedETag)).With("@k", write.Key).With("@j", write.Json).With("@t", now);
            if (write.ExpectedETag is not (null or "*"))
            {
                cas.With("@v", TurnSql.Version(write.ExpectedETag));
            }

            checks.Add((cas, () => new ETagConflictException(write.Key)));
        }

        foreach (var entry in commit.Transcript)
        {
            Add(batch, TurnSql.Transcript).With("@c", entry.ConversationKey.Format()).With("@a", entry.ActivityId).With("@d", entry.Direction)
                .With("@j", entry.Json).With("@t", now);
        }

        if (commit.Reference is { } reference)
        {
            Add(batch, TurnSql.Reference).With("@k", reference.Key.Format()).With("@ch", reference.Key.ChannelId).With("@c", reference.Key.ConversationId)
                .With("@u", reference.UserId).With("@s", reference.ServiceUrl).With("@g", reference.IsGroup ? 1 : 0)
                .With("@j", reference.Json).With("@t", now);
        }

        if (batch.BatchCommands.Count == 0)
        {
            return;
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        foreach (var (command, whenUnchanged) in checks)
        {
            if (command.RecordsAffected == 0)
            {
                throw whenUnchanged();
            }
        }
    }

    private static DbBatchCommand Add(DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        batch.BatchCommands.Add(command);
        return command;
    }

    private static DbBatchCommand With(this DbBatchCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
