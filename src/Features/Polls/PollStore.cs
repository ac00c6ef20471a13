using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Polls;

/// <summary>
/// Polls as stored, in SQL both providers accept. Posting a poll's card and its results go into the outbox in the
/// transaction that creates or closes the poll, so each is sent exactly once, whatever crashes or instances do.
/// Ballots are <see cref="BallotStore"/>'s.
/// </summary>
public sealed class PollStore(IDatabase database)
{
    private const string Columns =
        "id, question, question_en, options, multiple, max_choices, anonymous, group_id, notice_id, salt, closes_at, created_at, created_by, closed_at, closed_by";

    /// <summary>Stores the poll, and the message that posts it (<paramref name="card"/>, when it goes into a group) with it.</summary>
    public Task AddAsync(Poll poll, OutboxEntry? card, long nowUnixMs, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                $"INSERT INTO polls ({Columns}, version) VALUES (@id, @q, @qen, @o, @m, @max, @a, @g, @n, @s, @closes, @created, @by, NULL, NULL, 0)", transaction)
                .With("@id", poll.Id).With("@q", poll.Question).With("@qen", poll.QuestionEn)
                .With("@o", JsonSerializer.Serialize([.. poll.Options], PollsJson.Default.ListString))
                .With("@m", poll.Multiple ? 1 : 0).With("@max", poll.MaxChoices).With("@a", poll.Anonymous ? 1 : 0)
                .With("@g", poll.GroupId).With("@n", poll.NoticeId).With("@s", poll.Salt)
                .With("@closes", poll.ClosesAt.ToUnixTimeMilliseconds()).With("@created", poll.CreatedAt.ToUnixTimeMilliseconds()).With("@by", poll.CreatedBy);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            if (card is not null)
            {
                await OutboxRows.AddAsync(connection, transaction, card, nowUnixMs, cancellationToken);
            }

            return 0;
        }, cancellationToken);

    public async Task<Poll?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM polls WHERE id = @p", c => c.With("@p", id), cancellationToken)).SingleOrDefault();

    public async Task<Poll?> FindByNoticeAsync(string noticeId, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM polls WHERE notice_id = @p", c => c.With("@p", noticeId), cancellationToken)).SingleOrDefault();

    /// <summary>Polls, newest first.</summary>
    public Task<IReadOnlyList<Poll>> ListAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM polls ORDER BY created_at DESC, id LIMIT @l", c => c.With("@l", limit), cancellationToken);

    /// <summary>The group's polls whose deadline is after <paramref name="since"/> (open, or closed lately), newest first.</summary>
    public Task<IReadOnlyList<Poll>> RecentInGroupAsync(string groupId, DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM polls WHERE group_id = @g AND closes_at > @since ORDER BY created_at DESC, id LIMIT 20",
            c => c.With("@g", groupId).With("@since", since.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>Polls sent as notices whose deadline is after <paramref name="since"/>, newest first (which reached a member is the outbox's to say).</summary>
    public Task<IReadOnlyList<Poll>> RecentNoticePollsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM polls WHERE notice_id IS NOT NULL AND closes_at > @since ORDER BY created_at DESC, id LIMIT 100",
            c => c.With("@since", since.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>Polls sent as notices that closed since <paramref name="since"/> (their results are checked again by the close job).</summary>
    public Task<IReadOnlyList<Poll>> ClosedNoticePollsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM polls WHERE notice_id IS NOT NULL AND closed_at >= @since ORDER BY closed_at, id LIMIT 100",
            c => c.With("@since", since.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>Ids of open polls whose deadline has come, oldest deadline first.</summary>
    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        [.. (await QueryAsync($"SELECT {Columns} FROM polls WHERE closed_at IS NULL AND closes_at <= @now ORDER BY closes_at, id LIMIT @l",
            c => c.With("@now", now.ToUnixTimeMilliseconds()).With("@l", limit), cancellationToken)).Select(p => p.Id)];

    /// <summary>
    /// Closes the poll if it is still open (one caller wins, on any instance) and, in the same transaction, adds the
    /// message <paramref name="results"/> makes of its final ballots. Null when it was already closed or does not exist.
    /// </summary>
    public Task<Poll?> CloseAsync(
        string id, string closedBy, DateTimeOffset now, Func<Poll, IReadOnlyList<Ballot>, OutboxEntry?> results, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var close = connection.Command("UPDATE polls SET closed_at = @now, closed_by = @by WHERE id = @p AND closed_at IS NULL", transaction)
                .With("@now", now.ToUnixTimeMilliseconds()).With("@by", closedBy).With("@p", id);
            if (await close.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }

            await using var read = connection.Command($"SELECT {Columns} FROM polls WHERE id = @p", transaction).With("@p", id);
            var poll = (await ReadAllAsync(read, cancellationToken)).Single();
            var ballots = await BallotStore.ReadAsync(connection, transaction, id, cancellationToken);
            if (results(poll, ballots) is { } message)
            {
                await OutboxRows.AddAsync(connection, transaction, message, now.ToUnixTimeMilliseconds(), cancellationToken);
            }

            return poll;
        }, cancellationToken);

    private async Task<IReadOnlyList<Poll>> QueryAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(sql);
        bind(command);
        return await ReadAllAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<Poll>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var polls = new List<Poll>();
        while (await reader.ReadAsync(cancellationToken))
        {
            polls.Add(Read(reader));
        }

        return polls;
    }

    private static Poll Read(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetStringOrNull(2),
        JsonSerializer.Deserialize(reader.GetString(3), PollsJson.Default.ListString) ?? [],
        Long(reader, 4) != 0, (int)Long(reader, 5), Long(reader, 6) != 0, reader.GetStringOrNull(7), reader.GetStringOrNull(8),
        Time(Long(reader, 10)), Time(Long(reader, 11)), reader.GetStringOrNull(12))
    {
        Salt = reader.GetString(9),
        ClosedAt = reader.IsDBNull(13) ? null : Time(Long(reader, 13)),
        ClosedBy = reader.GetStringOrNull(14),
    };

    private static long Long(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
}
