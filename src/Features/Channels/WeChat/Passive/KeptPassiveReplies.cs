using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeChat.Passive;

/// <summary>
/// The <c>wechat_passive_replies</c> table: each passive reply for <see cref="Keep"/>, so that a retry of its message
/// (the answer never reached WeChat) gets it again, from whichever instance the retry reaches. Expired rows go
/// with the next save.
/// </summary>
public sealed class KeptPassiveReplies(IDatabase database, TimeProvider clock)
{
    /// <summary>WeChat retries three times, 5 s apart; a minute covers that with room for slow networks.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromMinutes(1);

    public Task SaveAsync(string openId, string msgId, string content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using (var expired = connection.Command("DELETE FROM wechat_passive_replies WHERE expires_at < @now", transaction)
                .With("@now", now.ToUnixTimeMilliseconds()))
            {
                await expired.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var save = connection.Command(
                """
                INSERT INTO wechat_passive_replies (open_id, msg_id, content, expires_at) VALUES (@o, @m, @c, @e)
                ON CONFLICT (open_id, msg_id) DO UPDATE SET content = excluded.content, expires_at = excluded.expires_at
                """, transaction)
                .With("@o", openId).With("@m", msgId).With("@c", content).With("@e", (now + Keep).ToUnixTimeMilliseconds());
            return await save.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The reply kept for the message, or null (none was given, or it expired).</summary>
    public async Task<string?> FindAsync(string openId, string msgId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT content FROM wechat_passive_replies WHERE open_id = @o AND msg_id = @m AND expires_at >= @now")
            .With("@o", openId).With("@m", msgId).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
