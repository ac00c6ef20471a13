using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Core.Time;

/// <summary>Warns once at start-up for each obsolete local-time key still in configuration.</summary>
internal sealed partial class ObsoleteTimeKeysWarning(IOptions<UnionTimeOptions> options, ILogger<ObsoleteTimeKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var key in options.Value.ObsoleteKeys)
        {
            LogObsolete(logger, key, options.Value.TimeZone, options.Value.Source);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 210, Level = LogLevel.Warning,
        Message = "{Key} is obsolete and will be ignored in the next release: set Union:TimeZone instead (local time is {TimeZone}, from {Source})")]
    private static partial void LogObsolete(ILogger logger, string key, string timeZone, string source);
}
