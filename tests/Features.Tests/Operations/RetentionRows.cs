using EngageBot.Core.Retention;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Operations;

/// <summary>Rows of each retention kind written straight into its table with a given age, each named by a marker.</summary>
internal sealed class RetentionRows(IDatabase database)
{
    private long _seq;

    public Task AddAsync(RetentionKind kind, string marker, DateTimeOffset at) => kind switch
    {
        RetentionKind.DedupMarks => ExecuteAsync("INSERT INTO processed_activities (key, processed_at) VALUES (@m, @t)", marker, at),
        RetentionKind.Transcripts => ExecuteAsync(
            "INSERT INTO transcript (conversation_key, activity_id, direction, json, at) VALUES ('emulator/c1', @m, 'in', '{}', @t)", marker, at),
        RetentionKind.DirectLineLogs => ExecuteAsync(
            $"INSERT INTO dl_activities (conversation_id, seq, json, at) VALUES ('dl_c1', {Interlocked.Increment(ref _seq)}, @m, @t)", marker, at),
        RetentionKind.Uploads => ExecuteAsync(
            "INSERT INTO dl_attachments (id, conversation_id, content_type, name, content, created_at) VALUES (@m, 'dl_c1', 'text/plain', 'a.txt', @b, @t)",
            marker, at, new byte[] { 1, 2, 3 }),
        RetentionKind.DeliveredOutbox => AddOutboxAsync(marker, "sent", at),
        RetentionKind.AuditLog => ExecuteAsync("INSERT INTO staff_audit (at, action, outcome) VALUES (@t, @m, 200)", marker, at),
        RetentionKind.UnansweredQuestions => ExecuteAsync(
            "INSERT INTO unanswered_questions (at, text, language, reading, score) VALUES (@t, @m, 'zh', 'none', 0)", marker, at),
        RetentionKind.PollBallots => AddBallotAsync(marker, closedAt: at, votedAt: at),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A poll named <paramref name="marker"/> (closed at <paramref name="closedAt"/>, or open) with one ballot.</summary>
    public Task AddBallotAsync(string marker, DateTimeOffset? closedAt, DateTimeOffset votedAt) => database.WriteAsync(async (connection, transaction) =>
    {
        await using var poll = connection.Command(
            """
            INSERT INTO polls (id, question, options, multiple, max_choices, anonymous, salt, closes_at, created_at, closed_at)
            VALUES (@m, 'q', '["a","b"]', 0, 1, 0, 's', @t, @t, @closed)
            """, transaction).With("@m", marker).With("@t", votedAt.ToUnixTimeMilliseconds()).With("@closed", (object?)closedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        await poll.ExecuteNonQueryAsync();
        await using var ballot = connection.Command("INSERT INTO poll_ballots (poll_id, voter_key, choices, voted_at) VALUES (@m, @m, '1', @t)", transaction)
            .With("@m", marker).With("@t", votedAt.ToUnixTimeMilliseconds());
        return await ballot.ExecuteNonQueryAsync();
    }, CancellationToken.None);

    public Task AddOutboxAsync(string marker, string status, DateTimeOffset updatedAt) => ExecuteAsync(
        """
        INSERT INTO outbox (idempotency_key, kind, member_key, status, attempts, next_attempt_at, created_at, updated_at)
        VALUES (@m, 'message', 'emulator/u1', @s, 1, @t, @t, @t)
        """, marker, updatedAt, status: status);

    /// <summary>The markers of the rows of a kind still stored.</summary>
    public async Task<List<string>> MarkersAsync(RetentionKind kind)
    {
        var sql = kind switch
        {
            RetentionKind.DedupMarks => "SELECT key FROM processed_activities",
            RetentionKind.Transcripts => "SELECT activity_id FROM transcript",
            RetentionKind.DirectLineLogs => "SELECT json FROM dl_activities",
            RetentionKind.Uploads => "SELECT id FROM dl_attachments",
            RetentionKind.DeliveredOutbox => "SELECT idempotency_key FROM outbox",
            RetentionKind.AuditLog => "SELECT action FROM staff_audit",
            RetentionKind.UnansweredQuestions => "SELECT text FROM unanswered_questions",
            RetentionKind.PollBallots => "SELECT voter_key FROM poll_ballots",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        await using var connection = await database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var markers = new List<string>();
        while (await reader.ReadAsync())
        {
            markers.Add(reader.GetString(0));
        }

        return markers;
    }

    private Task<int> ExecuteAsync(string sql, string marker, DateTimeOffset at, byte[]? content = null, string? status = null) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(sql, transaction).With("@m", marker).With("@t", at.ToUnixTimeMilliseconds());
            if (content is not null)
            {
                command.With("@b", content);
            }

            if (status is not null)
            {
                command.With("@s", status);
            }

            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);
}
