using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// The Direct Line conversations this service hosts and their delivery logs. Each appended activity takes
/// the conversation's next sequence number in the same transaction, so ids and watermarks never repeat
/// or skip, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class DirectLineLog(IDatabase database, TimeProvider clock)
{
    /// <summary>Creates the conversation; false when it already existed.</summary>
    public Task<bool> CreateAsync(string conversationId, bool isGroup, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                """
                INSERT INTO dl_conversations (conversation_id, is_group, last_seq, created_at) VALUES (@c, @g, 0, @t)
                ON CONFLICT (conversation_id) DO NOTHING
                """, transaction)
                .With("@c", conversationId).With("@g", isGroup ? 1 : 0).With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<HostedConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT is_group, last_seq FROM dl_conversations WHERE conversation_id = @c")
            .With("@c", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new HostedConversation(conversationId, Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) != 0, reader.GetInt64(1))
            : null;
    }

    /// <summary>
    /// Appends one activity. <paramref name="render"/> gets the new activity's id (<see cref="DirectLineChannel.ActivityId"/>,
    /// which contains its sequence number) and returns the JSON to store. Null when the conversation does not exist.
    /// </summary>
    public async Task<LoggedActivity?> AppendAsync(string conversationId, Func<string, string> render, CancellationToken cancellationToken)
    {
        // PostgreSQL: the one statement is its own implicit transaction (one round trip, no BEGIN/COMMIT), so the
        // conversation's row lock is held for that statement only.
        if (Slot(conversationId, render) is { } slot)
        {
            await using var connection = await database.OpenReadAsync(cancellationToken);
            return await AppendInOneStatementAsync(connection, null, conversationId, slot, cancellationToken);
        }

        return await database.WriteAsync((connection, transaction) => AppendAsync(connection, transaction, conversationId, render, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Appends one activity inside a transaction the caller owns (e.g. the notice outbox marking its row sent),
    /// so the activity and the caller's writes commit together or not at all. Null when the conversation does not exist.
    /// </summary>
    public async Task<LoggedActivity?> AppendAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string conversationId, Func<string, string> render, CancellationToken cancellationToken)
    {
        // PostgreSQL: one statement takes the number and inserts the row, so the conversation's row lock (every append
        // of a busy group queues on it, across instances) is held for that statement and the commit, not three round trips.
        if (Slot(conversationId, render) is { } slot)
        {
            return await AppendInOneStatementAsync(connection, transaction, conversationId, slot, cancellationToken);
        }

        await using var bump = connection.Command(
            "UPDATE dl_conversations SET last_seq = last_seq + 1 WHERE conversation_id = @c", transaction).With("@c", conversationId);
        if (await bump.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return null;
        }

        await using var read = connection.Command("SELECT last_seq FROM dl_conversations WHERE conversation_id = @c", transaction)
            .With("@c", conversationId);
        var seq = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var json = render(DirectLineChannel.ActivityId(conversationId, seq));
        await using var insert = connection.Command(
            "INSERT INTO dl_activities (conversation_id, seq, json, at) VALUES (@c, @s, @j, @t)", transaction)
            .With("@c", conversationId).With("@s", seq).With("@j", json).With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return new LoggedActivity(seq, json);
    }

    /// <summary>The activity's JSON split around its number on PostgreSQL; null on SQLite or for a text that quotes the placeholder.</summary>
    private SeqSlot? Slot(string conversationId, Func<string, string> render) =>
        database.Provider == StorageProvider.Postgres
            ? SeqSlot.TryFind(render(DirectLineChannel.ActivityId(conversationId, SeqSlot.Sentinel)))
            : null;

    private async Task<LoggedActivity?> AppendInOneStatementAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string conversationId, SeqSlot slot, CancellationToken cancellationToken)
    {
        await using var append = connection.Command(
            """
            WITH bumped AS (UPDATE dl_conversations SET last_seq = last_seq + 1 WHERE conversation_id = @c RETURNING last_seq)
            INSERT INTO dl_activities (conversation_id, seq, json, at)
            SELECT @c, last_seq, @head || lpad(last_seq::text, greatest(7, length(last_seq::text)), '0') || @tail, @t FROM bumped
            RETURNING seq
            """, transaction)
            .With("@c", conversationId).With("@head", slot.Head).With("@tail", slot.Tail).With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
        var appended = await append.ExecuteScalarAsync(cancellationToken);
        if (appended is null or DBNull)
        {
            return null;
        }

        var number = Convert.ToInt64(appended, CultureInfo.InvariantCulture);
        return new LoggedActivity(number, slot.Fill(number));
    }

    /// <summary>Up to <paramref name="limit"/> activities after <paramref name="afterSeq"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT seq, json FROM dl_activities WHERE conversation_id = @c AND seq > @s ORDER BY seq LIMIT @n")
            .With("@c", conversationId).With("@s", afterSeq).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<LoggedActivity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new LoggedActivity(reader.GetInt64(0), reader.GetString(1)));
        }

        return result;
    }

    /// <summary>Up to <paramref name="limit"/> activities before <paramref name="beforeSeq"/>, oldest first (history paging).</summary>
    public async Task<IReadOnlyList<LoggedActivity>> ReadBeforeAsync(string conversationId, long beforeSeq, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT seq, json FROM dl_activities WHERE conversation_id = @c AND seq < @s ORDER BY seq DESC LIMIT @n")
            .With("@c", conversationId).With("@s", beforeSeq).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<LoggedActivity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new LoggedActivity(reader.GetInt64(0), reader.GetString(1)));
        }

        result.Reverse();
        return result;
    }

    public Task SaveAttachmentAsync(StoredAttachment attachment, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                """
                INSERT INTO dl_attachments (id, conversation_id, content_type, name, content, created_at)
                VALUES (@i, @c, @ct, @n, @b, @t)
                """, transaction)
                .With("@i", attachment.Id).With("@c", attachment.ConversationId).With("@ct", attachment.ContentType)
                .With("@n", attachment.Name).With("@b", attachment.Content).With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<StoredAttachment?> FindAttachmentAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT conversation_id, content_type, name, content FROM dl_attachments WHERE id = @i").With("@i", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredAttachment(id, reader.GetString(0), reader.GetString(1), reader.GetString(2), (byte[])reader.GetValue(3))
            : null;
    }
}
