using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>The <c>tencent_access_tokens</c> table: one current token per app, visible to every instance.</summary>
public sealed class AccessTokenStore(IDatabase database)
{
    public async Task<(string Token, DateTimeOffset ExpiresAt)?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT access_token, expires_at FROM tencent_access_tokens WHERE token_key = @k")
            .With("@k", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
            : null;
    }

    public Task SaveAsync(string key, string token, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO tencent_access_tokens (token_key, access_token, expires_at, updated_at) VALUES (@k, @t, @e, @u)
                ON CONFLICT (token_key) DO UPDATE SET access_token = excluded.access_token, expires_at = excluded.expires_at,
                    updated_at = excluded.updated_at
                """, transaction)
                .With("@k", key).With("@t", token).With("@e", expiresAt.ToUnixTimeMilliseconds()).With("@u", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Forgets <paramref name="token"/> if it is still the current one (another instance may have renewed it).</summary>
    public Task DeleteAsync(string key, string token, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                "DELETE FROM tencent_access_tokens WHERE token_key = @k AND access_token = @t", transaction)
                .With("@k", key).With("@t", token);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
