using System.Security.Cryptography;
using System.Text;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// Web authorisations in flight (<c>channel_oauth_flows</c>), stored by the SHA-256 of their secrets only: a state
/// is issued, comes back once within its lifetime and is then swapped for the account Tencent named and a ticket; the
/// ticket is redeemed once within its lifetime. Each step is one conditional statement, so a replay finds nothing.
/// </summary>
public sealed class OAuthFlowStore(IDatabase database, TimeProvider clock)
{
    /// <summary>Tencent's codes live 5 minutes; the state and the ticket get the same.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>A new state for <paramref name="channel"/>; flows nobody finished go with it.</summary>
    public async Task<string> StartAsync(BindingChannel channel, CancellationToken cancellationToken)
    {
        var state = NewSecret();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await database.WriteAsync(async (connection, transaction) =>
        {
            await using (var sweep = connection.Command("DELETE FROM channel_oauth_flows WHERE expires_at < @now", transaction).With("@now", now))
            {
                await sweep.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var insert = connection.Command(
                "INSERT INTO channel_oauth_flows (state_hash, channel_id, expires_at) VALUES (@s, @c, @e)", transaction)
                .With("@s", Hash(state)).With("@c", channel.Id()).With("@e", now + (long)Lifetime.TotalMilliseconds);
            return await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return state;
    }

    /// <summary>True when <paramref name="state"/> is a live, unused state of <paramref name="channel"/> (read only).</summary>
    public async Task<bool> IsPendingAsync(BindingChannel channel, string state, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT 1 FROM channel_oauth_flows WHERE state_hash = @s AND channel_id = @c AND user_id IS NULL AND expires_at > @now")
            .With("@s", Hash(state)).With("@c", channel.Id()).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// Uses up <paramref name="state"/>: records the account Tencent named and returns a new ticket for it; null when
    /// the state is unknown, expired, of another channel or used already.
    /// </summary>
    public async Task<string?> IdentifyAsync(BindingChannel channel, string state, string userId, CancellationToken cancellationToken)
    {
        var ticket = NewSecret();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                """
                UPDATE channel_oauth_flows SET user_id = @u, ticket_hash = @t, expires_at = @e
                WHERE state_hash = @s AND channel_id = @c AND user_id IS NULL AND expires_at > @now
                """, transaction)
                .With("@u", userId).With("@t", Hash(ticket)).With("@e", now + (long)Lifetime.TotalMilliseconds)
                .With("@s", Hash(state)).With("@c", channel.Id()).With("@now", now);
            return await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return changed == 1 ? ticket : null;
    }

    /// <summary>The account a live ticket names (read only), or null.</summary>
    public async Task<(BindingChannel Channel, string UserId)?> FindTicketAsync(string ticket, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT channel_id, user_id FROM channel_oauth_flows WHERE ticket_hash = @t AND user_id IS NOT NULL AND expires_at > @now")
            .With("@t", Hash(ticket)).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && BindingChannels.TryParse(reader.GetString(0), out var channel)
            ? (channel, reader.GetString(1))
            : null;
    }

    /// <summary>Uses up a live ticket; false when another request used it first, or it expired.</summary>
    public Task<bool> RedeemAsync(string ticket, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.Command(
                "DELETE FROM channel_oauth_flows WHERE ticket_hash = @t AND user_id IS NOT NULL AND expires_at > @now", transaction)
                .With("@t", Hash(ticket)).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await delete.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
