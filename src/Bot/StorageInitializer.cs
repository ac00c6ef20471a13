using EngageBot.Features.Channels.BotFramework;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot;

/// <summary>
/// Runs before the server takes requests: brings the schema up to date and says once how the service is
/// set up (storage, and whether /api/messages is anonymous).
/// </summary>
public sealed partial class StorageInitializer(
    SchemaMigrator migrator,
    IOptions<StorageOptions> storage,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        LogStorage(logger, storage.Value.Provider);
        if (credentials.Value.IsAnonymous)
        {
            LogAnonymous(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Storage ready: {Provider}")]
    private static partial void LogStorage(ILogger logger, StorageProvider provider);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: /api/messages is anonymous (Emulator/local mode) and answers only loopback serviceUrls")]
    private static partial void LogAnonymous(ILogger logger);
}
