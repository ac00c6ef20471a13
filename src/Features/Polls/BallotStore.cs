using System.Data.Common;
using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Polls;

/// <summary>
/// Members' ballots, one row per voter and poll (primary key), so concurrent votes by one member replace each other
/// and are never counted twice. A vote first bumps its poll's row, still open, in the same transaction: a vote and
/// the close that counts the results are serialised on that row, so a vote is either counted or refused, never lost.
/// </summary>
public sealed class BallotStore(IDatabase database)
{
    /// <summary>
    /// Records the ballot <paramref name="decide"/> makes of the voter's current one (null when they have none); an
    /// empty ballot withdraws their vote. Refused (<see cref="VoteOutcome.Closed"/>) once the poll is closed or past its deadline.
    /// </summary>
    public Task<VoteResult> VoteAsync(
        string pollId, string voterKey, string? voterName, Func<IReadOnlyList<int>?, IReadOnlyList<int>> decide, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var gate = connection.Command(
                "UPDATE polls SET version = version + 1 WHERE id = @p AND closed_at IS NULL AND closes_at > @now", transaction)
                .With("@p", pollId).With("@now", now.ToUnixTimeMilliseconds());
            if (await gate.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return new VoteResult(VoteOutcome.Closed, []);
            }

            await using var current = connection.Command("SELECT choices FROM poll_ballots WHERE poll_id = @p AND voter_key = @v", transaction)
                .With("@p", pollId).With("@v", voterKey);
            var previous = await current.ExecuteScalarAsync(cancellationToken) is string text ? Parse(text) : null;
            var choices = decide(previous);
            if (choices.Count == 0)
            {
                await using var withdraw = connection.Command("DELETE FROM poll_ballots WHERE poll_id = @p AND voter_key = @v", transaction)
                    .With("@p", pollId).With("@v", voterKey);
                await withdraw.ExecuteNonQueryAsync(cancellationToken);
                return new VoteResult(VoteOutcome.Changed, []);
            }

            await using var upsert = connection.Command(
                """
                INSERT INTO poll_ballots (poll_id, voter_key, voter_name, choices, voted_at) VALUES (@p, @v, @n, @c, @t)
                ON CONFLICT (poll_id, voter_key) DO UPDATE SET voter_name = excluded.voter_name, choices = excluded.choices, voted_at = excluded.voted_at
                """, transaction)
                .With("@p", pollId).With("@v", voterKey).With("@n", voterName).With("@c", Format(choices)).With("@t", now.ToUnixTimeMilliseconds());
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            return new VoteResult(previous is null ? VoteOutcome.Recorded : VoteOutcome.Changed, choices);
        }, cancellationToken);

    /// <summary>The poll's ballots, oldest first.</summary>
    public async Task<IReadOnlyList<Ballot>> ListAsync(string pollId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        return await ReadAsync(connection, null, pollId, cancellationToken);
    }

    /// <summary>The voter's current ballot on the poll, if any.</summary>
    public async Task<IReadOnlyList<int>?> FindAsync(string pollId, string voterKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT choices FROM poll_ballots WHERE poll_id = @p AND voter_key = @v")
            .With("@p", pollId).With("@v", voterKey);
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? Parse(text) : null;
    }

    internal static async Task<IReadOnlyList<Ballot>> ReadAsync(DbConnection connection, DbTransaction? transaction, string pollId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT voter_key, voter_name, choices, voted_at FROM poll_ballots WHERE poll_id = @p ORDER BY voted_at, voter_key", transaction).With("@p", pollId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ballots = new List<Ballot>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ballots.Add(new Ballot(reader.GetString(0), reader.GetStringOrNull(1), Parse(reader.GetString(2)),
                DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture))));
        }

        return ballots;
    }

    /// <summary>Option numbers as stored: "1,3".</summary>
    internal static string Format(IEnumerable<int> choices) => string.Join(",", choices.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));

    internal static IReadOnlyList<int> Parse(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture))];
}
