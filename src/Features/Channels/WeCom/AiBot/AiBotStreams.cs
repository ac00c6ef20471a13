using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EngageBot.Core.Turns;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>What a stream shows now: its text so far, whether more may come, and the template card to show with it.</summary>
public sealed record AiBotStreamState(string Content, bool Finished, string? Card = null);

/// <summary>Where a reply went: into the stream, held for the response_url (after the stream's window), or nowhere.</summary>
public enum AiBotAppend
{
    Shown,
    Late,

    /// <summary>Late, after the turn finished the stream: the response_url's outbox row was added with it.</summary>
    LateAfterFinish,
    Closed,
}

/// <summary>
/// The <c>wecom_aibot_streams</c> tables: one stream per robot message, its parts added as the turn's replies are
/// delivered, finished when the turn is done. A part that comes after the stream's window is kept as late: the
/// stream no longer shows it, the response_url carries it (<see cref="LateTextAsync"/>). Expired streams (kept while
/// their response_url still waits) and response_urls go with the next stream opened.
/// </summary>
public sealed class AiBotStreams(IDatabase database, IOptions<WeComAiBotOptions> options, TimeProvider clock)
{
    /// <summary>The stream id of a message: the same for WeCom's retries of it, and no msgid shown to anyone.</summary>
    public static string IdFor(string msgId) =>
        "eb" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(msgId)))[..30];

    /// <summary>
    /// Opens the message's stream, shown for <paramref name="window"/> (zero: every reply is late), and keeps its
    /// response_url if it has one (nothing changes when a retry finds them).
    /// </summary>
    public Task OpenAsync(string streamId, string chatId, string userId, TimeSpan window, string? responseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var settings = options.Value;
        return database.WriteAsync(async (connection, transaction) =>
        {
            // A stream whose late replies still wait for its response_url stays until the URL's hour is over.
            const string Expired = "expires_at < @now AND stream_id NOT IN (SELECT stream_id FROM wecom_aibot_responses WHERE used_at IS NULL AND expires_at >= @now)";
            string[] sweeps =
            [
                $"DELETE FROM wecom_aibot_stream_parts WHERE stream_id IN (SELECT stream_id FROM wecom_aibot_streams WHERE {Expired})",
                $"DELETE FROM wecom_aibot_streams WHERE {Expired}",
                "DELETE FROM wecom_aibot_responses WHERE expires_at < @now",
            ];
            foreach (var sweep in sweeps)
            {
                await using var expired = connection.Command(sweep, transaction).With("@now", now);
                await expired.ExecuteNonQueryAsync(cancellationToken);
            }

            if (responseUrl is not null)
            {
                await using var keep = connection.Command(
                    "INSERT INTO wecom_aibot_responses (stream_id, response_url, expires_at) VALUES (@s, @r, @e) ON CONFLICT (stream_id) DO NOTHING", transaction)
                    .With("@s", streamId).With("@r", responseUrl).With("@e", now + (long)settings.ResponseUrlLifetime.TotalMilliseconds);
                await keep.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var open = connection.Command(
                """
                INSERT INTO wecom_aibot_streams (stream_id, chat_id, user_id, finished, expires_at, window_ends_at) VALUES (@s, @c, @u, 0, @e, @w)
                ON CONFLICT (stream_id) DO NOTHING
                """, transaction)
                .With("@s", streamId).With("@c", chatId).With("@u", userId)
                .With("@e", now + (long)settings.StreamLifetime.TotalMilliseconds).With("@w", now + (long)window.TotalMilliseconds);
            return await open.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Adds reply number <paramref name="part"/> (with its template card, if any), shown or late by the stream's window.
    /// A reply the outbox delivers after the turn finished the stream is late too while the response_url is unused:
    /// then <paramref name="response"/> (the response_url's outbox row, once per stream) is added in the same commit,
    /// behind the conversation's waiting rows (<see cref="AiBotAppend.LateAfterFinish"/>).
    /// </summary>
    public Task<AiBotAppend> AppendAsync(string streamId, int part, string content, string? card, OutboxMessage response, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            bool finished, late;
            await using (var open = connection.Command(
                """
                SELECT s.finished, s.window_ends_at, r.stream_id FROM wecom_aibot_streams s
                LEFT JOIN wecom_aibot_responses r ON r.stream_id = s.stream_id AND r.used_at IS NULL AND r.expires_at >= @now
                WHERE s.stream_id = @s AND (s.expires_at >= @now OR r.stream_id IS NOT NULL)
                """, transaction)
                .With("@s", streamId).With("@now", now))
            await using (var row = await open.ExecuteReaderAsync(cancellationToken))
            {
                if (!await row.ReadAsync(cancellationToken))
                {
                    return AiBotAppend.Closed;
                }

                finished = Convert.ToInt64(row.GetValue(0), CultureInfo.InvariantCulture) == 1;
                late = finished || now >= Convert.ToInt64(row.GetValue(1), CultureInfo.InvariantCulture);
                if (finished && row.GetValue(2) is DBNull)
                {
                    return AiBotAppend.Closed; // finished, and its response_url used or gone: nothing can show this reply
                }
            }

            await using (var add = connection.Command(
                "INSERT INTO wecom_aibot_stream_parts (stream_id, part, content, late, card) VALUES (@s, @p, @c, @l, @card) ON CONFLICT (stream_id, part) DO NOTHING",
                transaction)
                .With("@s", streamId).With("@p", part).With("@c", content).With("@l", late ? 1 : 0).With("@card", card))
            {
                await add.ExecuteNonQueryAsync(cancellationToken);
            }

            if (finished)
            {
                await OutboxRows.AddAsync(connection, transaction, MessageOutbox.Entry(response), now, cancellationToken);
            }

            return finished ? AiBotAppend.LateAfterFinish : late ? AiBotAppend.Late : AiBotAppend.Shown;
        }, cancellationToken);

    /// <summary>Finishes the stream; true when it has late replies (for the response_url), false when none, or it was finished already.</summary>
    public Task<bool> FinishAsync(string streamId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var finish = connection.Command("UPDATE wecom_aibot_streams SET finished = 1 WHERE stream_id = @s AND finished = 0", transaction)
                .With("@s", streamId))
            {
                if (await finish.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    return false;
                }
            }

            await using var late = connection.Command("SELECT COUNT(*) FROM wecom_aibot_stream_parts WHERE stream_id = @s AND late = 1", transaction)
                .With("@s", streamId);
            return Convert.ToInt64(await late.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        }, cancellationToken);

    /// <summary>The stream's late replies, in order, a blank line between; null when there are none (or the stream is gone).</summary>
    public async Task<string?> LateTextAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var late = connection.Command("SELECT content FROM wecom_aibot_stream_parts WHERE stream_id = @s AND late = 1 ORDER BY part").With("@s", streamId);
        await using var reader = await late.ExecuteReaderAsync(cancellationToken);
        var texts = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            texts.Add(reader.GetString(0));
        }

        return texts.Count == 0 ? null : string.Join("\n\n", texts);
    }

    /// <summary>
    /// The stream as WeCom should show it now (parts shown in time, in order, a blank line between; the first card),
    /// finished once the turn is done or the window is over; null when it is unknown or expired.
    /// </summary>
    public async Task<AiBotStreamState?> ReadAsync(string streamId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenReadAsync(cancellationToken);
        bool finished;
        await using (var stream = connection.Command("SELECT finished, window_ends_at FROM wecom_aibot_streams WHERE stream_id = @s AND expires_at >= @now")
            .With("@s", streamId).With("@now", now))
        await using (var row = await stream.ExecuteReaderAsync(cancellationToken))
        {
            if (!await row.ReadAsync(cancellationToken))
            {
                return null;
            }

            finished = Convert.ToInt64(row.GetValue(0), CultureInfo.InvariantCulture) == 1
                || now >= Convert.ToInt64(row.GetValue(1), CultureInfo.InvariantCulture);
        }

        await using var parts = connection.Command("SELECT content, card FROM wecom_aibot_stream_parts WHERE stream_id = @s AND late = 0 ORDER BY part")
            .With("@s", streamId);
        await using var reader = await parts.ExecuteReaderAsync(cancellationToken);
        var (texts, card) = (new List<string>(), (string?)null);
        while (await reader.ReadAsync(cancellationToken))
        {
            texts.Add(reader.GetString(0));
            card ??= reader.GetStringOrNull(1);
        }

        return new AiBotStreamState(string.Join("\n\n", texts), finished, card);
    }
}
