using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>The <c>wecom_robots</c> table: robot name → webhook key.</summary>
public sealed class WeComRobotStore(IDatabase database)
{
    public async Task<string?> GetKeyAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT webhook_key FROM wecom_robots WHERE name = @n").With("@n", name);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Every robot with who registered it and when; never the keys.</summary>
    public async Task<List<RobotView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT name, created_at, created_by FROM wecom_robots ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var robots = new List<RobotView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            robots.Add(new RobotView(
                reader.GetString(0),
                DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)),
                reader.GetStringOrNull(2)));
        }

        return robots;
    }

    /// <summary>Registers or re-keys a robot.</summary>
    public Task SaveAsync(string name, string webhookKey, string? createdBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO wecom_robots (name, webhook_key, created_at, created_by) VALUES (@n, @k, @t, @b)
                ON CONFLICT (name) DO UPDATE SET webhook_key = excluded.webhook_key
                """, transaction)
                .With("@n", name).With("@k", webhookKey).With("@t", now.ToUnixTimeMilliseconds()).With("@b", createdBy);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<int> DeleteAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("DELETE FROM wecom_robots WHERE name = @n", transaction).With("@n", name);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
