using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>
/// Staff accounts and their sign-in bookkeeping. The lockout check and the failure count are one conditional
/// UPDATE, so parallel wrong guesses all count and the lockout cannot be raced past.
/// </summary>
public sealed class StaffStore(IDatabase database)
{
    private const string Columns = "id, user_name, password_hash, role, created_at, failed_attempts, lockout_until";

    public async Task<StaffAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM staff_accounts WHERE lower(user_name) = lower(@u)")
            .With("@u", userName);
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM staff_accounts ORDER BY created_at, user_name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<StaffAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    public async Task<StaffAccount?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM staff_accounts WHERE id = @id").With("@id", id);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>Creates the account unless the user name is taken; returns false when it was.</summary>
    public Task<bool> TryCreateAsync(StaffAccount account, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO staff_accounts (id, user_name, password_hash, role, created_at, failed_attempts)
                VALUES (@id, @u, @h, @r, @t, 0) ON CONFLICT DO NOTHING
                """, transaction)
                .With("@id", account.Id).With("@u", account.UserName).With("@h", account.PasswordHash)
                .With("@r", RoleName(account.Role)).With("@t", account.CreatedAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    /// <summary>
    /// The lockout check and the failure count in one statement: unless the account is locked, counts this attempt
    /// as a failure before the password is checked (a right password clears it again, <see cref="RecordSuccessAsync"/>),
    /// and locks the account until <paramref name="lockUntil"/> when the count reaches <paramref name="maxAttempts"/>.
    /// A lockout that has run out starts a fresh count. False when the account is locked (or gone): no password may be
    /// checked, so however many wrong passwords arrive at once, at most <paramref name="maxAttempts"/> are ever tried.
    /// </summary>
    public Task<bool> TryClaimAttemptAsync(string id, DateTimeOffset now, int maxAttempts, DateTimeOffset lockUntil, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                UPDATE staff_accounts SET
                    failed_attempts = CASE WHEN lockout_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END,
                    lockout_until = CASE WHEN (CASE WHEN lockout_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END) >= @max
                        THEN @until ELSE NULL END
                WHERE id = @id AND (lockout_until IS NULL OR lockout_until <= @now)
                RETURNING failed_attempts
                """, transaction)
                .With("@id", id).With("@now", now.ToUnixTimeMilliseconds()).With("@max", maxAttempts)
                .With("@until", lockUntil.ToUnixTimeMilliseconds());
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }, cancellationToken);

    public Task RecordSuccessAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                "UPDATE staff_accounts SET failed_attempts = 0, lockout_until = NULL, last_sign_in_at = @now WHERE id = @id", transaction)
                .With("@id", id).With("@now", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The setting's value; the first caller's <paramref name="value"/> wins, also across instances.</summary>
    public Task<string> GetOrAddSettingAsync(string key, string value, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(
                "INSERT INTO server_settings (key, value, updated_at) VALUES (@k, @v, @t) ON CONFLICT (key) DO NOTHING", transaction)
                .With("@k", key).With("@v", value).With("@t", now.ToUnixTimeMilliseconds()))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var select = connection.Command("SELECT value FROM server_settings WHERE key = @k", transaction).With("@k", key);
            return (string)(await select.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public static string RoleName(StaffRole role) => role == StaffRole.Admin ? "admin" : "staff";

    private static async Task<StaffAccount?> ReadOneAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static StaffAccount Read(DbDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3) == "admin" ? StaffRole.Admin : StaffRole.Staff,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
            reader.GetInt32(5),
            reader.GetValue(6) is long until ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null);
}
