using System.Security.Cryptography;
using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// The token an activity's QR code carries: 128 random bits (base64url), made on first use and replaced on demand.
/// Unguessable, so a check-in URL cannot be made up from an activity id.
/// </summary>
public sealed class CheckInTokenStore(IDatabase database, TimeProvider clock)
{
    /// <summary>The activity's token, made now if it has none.</summary>
    public Task<string> TokenForAsync(string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(
                "INSERT INTO activity_checkin_tokens (activity_id, token, created_at) VALUES (@a, @t, @now) ON CONFLICT (activity_id) DO NOTHING",
                transaction).With("@a", activityId).With("@t", NewToken()).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var read = connection.Command("SELECT token FROM activity_checkin_tokens WHERE activity_id = @a", transaction).With("@a", activityId);
            return (string)(await read.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    /// <summary>A new token for the activity; QR codes showing the old one stop working.</summary>
    public Task<string> ReplaceAsync(string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var token = NewToken();
            await using var upsert = connection.Command(
                """
                INSERT INTO activity_checkin_tokens (activity_id, token, created_at) VALUES (@a, @t, @now)
                ON CONFLICT (activity_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at
                """, transaction).With("@a", activityId).With("@t", token).With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            return token;
        }, cancellationToken);

    /// <summary>The activity a token belongs to, or null for an unknown (or replaced) token.</summary>
    public async Task<string?> ActivityOfAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 64)
        {
            return null;
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT activity_id FROM activity_checkin_tokens WHERE token = @t").With("@t", token);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
