using System.Data.Common;
using System.Security.Cryptography;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Polls;

/// <summary>
/// Polls' share: the member's ballots on named polls (poll, question, choices, when). Anonymous ballots are not
/// exported: they are stored under a salted hash, not the member. Erasing keeps every ballot, so results stay right,
/// but re-keys it to a random voter with no name, on named and anonymous polls alike (the hash is recomputed per poll).
/// </summary>
public sealed class PollsPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var ballots = connection.Command(
            """
            SELECT b.poll_id, p.question, b.voter_name, b.choices, b.voted_at FROM poll_ballots b
            JOIN polls p ON p.id = b.poll_id WHERE b.voter_key = @k AND p.anonymous = 0 ORDER BY b.voted_at
            """).With("@k", subject.Member.Format());
        return [new("pollBallots", "投票记录（实名投票）", "Votes in named polls", await PersonalRows.ReadAsync(ballots, cancellationToken), "voted_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        var keys = new List<(string PollId, string VoterKey)>();
        await using (var named = connection.Command("SELECT poll_id FROM poll_ballots WHERE voter_key = @k", transaction).With("@k", subject.Member.Format()))
        await using (var reader = await named.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add((reader.GetString(0), subject.Member.Format()));
            }
        }

        await using (var anonymous = connection.Command("SELECT id, salt FROM polls WHERE anonymous = 1", transaction))
        await using (var reader = await anonymous.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var poll = new Poll(reader.GetString(0), string.Empty, null, [], false, 1, true, null, null, default, default, null) { Salt = reader.GetString(1) };
                keys.Add((poll.Id, PollVoting.VoterKey(poll, subject.Member)));
            }
        }

        var anonymised = 0;
        foreach (var (pollId, voterKey) in keys)
        {
            await using var rekey = connection.Command(
                "UPDATE poll_ballots SET voter_key = @erased, voter_name = NULL WHERE poll_id = @p AND voter_key = @k", transaction)
                .With("@erased", "erased:" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))).With("@p", pollId).With("@k", voterKey);
            anonymised += await rekey.ExecuteNonQueryAsync(cancellationToken);
        }

        return [new("pollBallots", 0, anonymised)];
    }
}
