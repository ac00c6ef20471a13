using EngageBot.Core.State;
using System.Data.Common;
using System.Security.Cryptography;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Handoff;

/// <summary>Hand-off tickets in SQL that SQLite and PostgreSQL both accept.</summary>
public sealed class HandoffStore(IDatabase database)
{
    private const string Columns =
        "id, conversation_key, member_id, member_name, status, reason, language, created_at, first_reply_at, last_member_message_at, member_messages, closed_at, closed_by, return_at";

    private const string IdAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>The conversation's ticket that is not closed, or a new one; <c>Created</c> says which.</summary>
    public Task<(HandoffTicket Ticket, bool Created)> OpenAsync(
        ConversationKey conversationKey, string? memberId, string? memberName, HandoffReason reason, Language language, long now, long returnAt,
        CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await FindAsync(connection, transaction, "conversation_key = @k AND closed_at IS NULL", "@k", conversationKey.Format(), cancellationToken) is { } open)
            {
                return (open, false);
            }

            var id = "T" + RandomNumberGenerator.GetString(IdAlphabet, 7);
            await using var insert = connection.Command(
                $"INSERT INTO handoff_tickets ({Columns}) VALUES (@id, @k, @m, @n, @s, @r, @l, @t, NULL, NULL, 0, NULL, NULL, @ra)", transaction)
                .With("@id", id).With("@k", conversationKey.Format()).With("@m", memberId).With("@n", memberName)
                .With("@s", Name(HandoffStatus.Waiting)).With("@r", Name(reason)).With("@l", Name(language)).With("@t", now).With("@ra", returnAt);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return (new HandoffTicket(id, conversationKey, memberId, memberName, HandoffStatus.Waiting, reason, language,
                DateTimeOffset.FromUnixTimeMilliseconds(now), null, null, 0, null, null, DateTimeOffset.FromUnixTimeMilliseconds(returnAt)), true);
        }, cancellationToken);

    public async Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await FindAsync(connection, null, "id = @k", "@k", id, cancellationToken);
    }

    /// <summary>Tickets not closed, oldest first.</summary>
    public async Task<IReadOnlyList<HandoffTicket>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM handoff_tickets WHERE closed_at IS NULL ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<HandoffTicket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(Read(reader));
        }

        return tickets;
    }

    /// <summary>Tickets that went back to the bot unanswered (closed by "timeout"), most recently returned first.</summary>
    public async Task<IReadOnlyList<HandoffTicket>> ListReturnedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM handoff_tickets WHERE closed_by = 'timeout' ORDER BY closed_at DESC, id LIMIT @n")
            .With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<HandoffTicket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(Read(reader));
        }

        return tickets;
    }

    /// <summary>Staff followed up a returned ticket: its first reply is recorded (it stays closed; the member is with the bot).</summary>
    public Task<bool> MarkFollowedUpAsync(string id, long now, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE handoff_tickets SET first_reply_at = COALESCE(first_reply_at, @t) WHERE id = @id AND closed_by = 'timeout'",
        id, now, cancellationToken);

    /// <summary>Open tickets no staff member has answered whose return time has come, oldest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<HandoffTicket>> ListDueToReturnAsync(long now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM handoff_tickets WHERE closed_at IS NULL AND first_reply_at IS NULL AND return_at <= @t ORDER BY return_at, id LIMIT @n")
            .With("@t", now).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<HandoffTicket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(Read(reader));
        }

        return tickets;
    }

    /// <summary>Returns an unanswered ticket to the bot (closed by "timeout"); false when staff answered or closed it meanwhile.</summary>
    public Task<bool> ReturnToBotAsync(string id, long now, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE handoff_tickets SET status = 'closed', closed_at = @t, closed_by = 'timeout' WHERE id = @id AND closed_at IS NULL AND first_reply_at IS NULL",
        id, now, cancellationToken);

    /// <summary>How many tickets are not closed (the console's dashboard).</summary>
    public async Task<long> CountOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM handoff_tickets WHERE closed_at IS NULL");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task RecordMemberMessageAsync(string id, long now, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE handoff_tickets SET member_messages = member_messages + 1, last_member_message_at = @t WHERE id = @id AND closed_at IS NULL",
        id, now, cancellationToken);

    public Task<bool> MarkRepliedAsync(string id, long now, CancellationToken cancellationToken) => ExecuteAsync(
        "UPDATE handoff_tickets SET status = 'answered', first_reply_at = COALESCE(first_reply_at, @t) WHERE id = @id AND closed_at IS NULL",
        id, now, cancellationToken);

    /// <summary>Closes the ticket; false when it was already closed or does not exist.</summary>
    public Task<bool> CloseAsync(string id, string closedBy, long now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                "UPDATE handoff_tickets SET status = 'closed', closed_at = @t, closed_by = @b WHERE id = @id AND closed_at IS NULL", transaction)
                .With("@id", id).With("@t", now).With("@b", closedBy);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private Task<bool> ExecuteAsync(string sql, string id, long now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(sql, transaction).With("@id", id).With("@t", now);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private static async Task<HandoffTicket?> FindAsync(
        DbConnection connection, DbTransaction? transaction, string where, string name, string value, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT {Columns} FROM handoff_tickets WHERE {where}", transaction).With(name, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static HandoffTicket Read(DbDataReader reader) => new(
        reader.GetString(0),
        ConversationKey.Parse(reader.GetString(1)),
        reader.GetStringOrNull(2),
        reader.GetStringOrNull(3),
        Enum.Parse<HandoffStatus>(reader.GetString(4), ignoreCase: true),
        Enum.Parse<HandoffReason>(reader.GetString(5), ignoreCase: true),
        Enum.Parse<Language>(reader.GetString(6), ignoreCase: true),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
        Time(reader, 8),
        Time(reader, 9),
        (int)reader.GetInt64(10),
        Time(reader, 11),
        reader.GetStringOrNull(12),
        Time(reader, 13));

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
