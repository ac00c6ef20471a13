using EngageBot.Core.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// At start-up, after the schema is migrated: trusts the serviceUrls of stored conversation references. They
/// were stored only from verified activities, so proactive sends to them keep working across a restart.
/// </summary>
public sealed partial class TrustedServiceUrlsLoader(
    IStateStore store,
    TrustedServiceUrls trusted,
    ILogger<TrustedServiceUrlsLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var urls = await store.ReadServiceUrlsAsync(cancellationToken);
        foreach (var url in urls)
        {
            trusted.Trust(url);
        }

        LogLoaded(logger, urls.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "Trusting {Count} serviceUrls from stored conversation references")]
    private static partial void LogLoaded(ILogger logger, int count);
}
