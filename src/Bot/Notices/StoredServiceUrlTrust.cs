using EngageBot.Bot.Connectors;
using EngageBot.Storage;

namespace EngageBot.Bot.Notices;

/// <summary>
/// After a restart, trusts again the serviceUrls of stored conversation references: those rows are written only
/// from verified activities, so proactive sends (notices, reminders) to them are as safe as replies.
/// </summary>
public sealed class StoredServiceUrlTrust(IDatabase database, TrustedServiceUrls trusted) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT DISTINCT service_url FROM conversation_references WHERE service_url IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            trusted.Trust(reader.GetString(0));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
