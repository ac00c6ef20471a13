using System.Security.Cryptography;
using System.Text;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>What a stream shows now: its text so far, and whether more may come.</summary>
public sealed record AiBotStreamState(string Content, bool Finished);

/// <summary>
/// The <c>wecom_aibot_streams</c> tables: one stream per robot message, its parts added as the turn's replies are
/// delivered, finished when the turn is done. Expired streams go with the next one opened.
/// </summary>
public sealed class AiBotStreams(IDatabase database, IOptions<WeComAiBotOptions> options, TimeProvider clock)
{
    /// <summary>The stream id of a message: the same for WeCom's retries of it, and no msgid shown to anyone.</summary>
    public static string IdFor(string msgId) =>
        "eb" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(msgId)))[..30];

    /// <summary>Opens the message's stream (nothing changes when a retry finds it open).</summary>
    public Task OpenAsync(string streamId, string chatId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using (var expired = connection.Command(
                "DELETE FROM wecom_aibot_stream_parts WHERE stream_id IN (SELECT stream_id FROM wecom_aibot_streams WHERE expires_at < @now)", transaction)
                .With("@now", now))
            {
                await expired.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var streams = connection.Command("DELETE FROM wecom_aibot_streams WHERE expires_at < @now", transaction).With("@now", now))
            {
                await streams.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var open = connection.Command(
                """
                INSERT INTO wecom_aibot_streams (stream_id, chat_id, user_id, finished, expires_at) VALUES (@s, @c, @u, 0, @e)
                ON CONFLICT (stream_id) DO NOTHING
                """, transaction)
                .With("@s", streamId).With("@c", chatId).With("@u", userId)
                .With("@e", now + (long)options.Value.StreamLifetime.TotalMilliseconds);
            return await open.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Adds reply number <paramref name="part"/>; false when the stream is unknown, expired or finished.</summary>
    public Task<bool> AppendAsync(string streamId, int part, string content, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var open = connection.Command(
                "SELECT 1 FROM wecom_aibot_streams WHERE stream_id = @s AND finished = 0 AND expires_at >= @now", transaction)
                .With("@s", streamId).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                if (await open.ExecuteScalarAsync(cancellationToken) is null)
                {
                    return false;
                }
            }

            await using var add = connection.Command(
                "INSERT INTO wecom_aibot_stream_parts (stream_id, part, content) VALUES (@s, @p, @c) ON CONFLICT (stream_id, part) DO NOTHING", transaction)
                .With("@s", streamId).With("@p", part).With("@c", content);
            await add.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public Task FinishAsync(string streamId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var finish = connection.Command("UPDATE wecom_aibot_streams SET finished = 1 WHERE stream_id = @s", transaction).With("@s", streamId);
            return await finish.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The stream's text so far (parts in order, a blank line between), or null when it is unknown or expired.</summary>
    public async Task<AiBotStreamState?> ReadAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        bool finished;
        await using (var stream = connection.Command("SELECT finished FROM wecom_aibot_streams WHERE stream_id = @s AND expires_at >= @now")
            .With("@s", streamId).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds()))
        {
            if (await stream.ExecuteScalarAsync(cancellationToken) is not { } value || value is DBNull)
            {
                return null;
            }

            finished = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 1;
        }

        await using var parts = connection.Command("SELECT content FROM wecom_aibot_stream_parts WHERE stream_id = @s ORDER BY part").With("@s", streamId);
        await using var reader = await parts.ExecuteReaderAsync(cancellationToken);
        var texts = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            texts.Add(reader.GetString(0));
        }

        return new AiBotStreamState(string.Join("\n\n", texts), finished);
    }
}
