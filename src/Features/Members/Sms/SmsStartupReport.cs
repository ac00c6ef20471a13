using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.Sms;

/// <summary>Says once at start-up where member sign-in codes go, or what to set when they cannot go anywhere.</summary>
public sealed class SmsStartupReport(IOptions<SmsOptions> options, IHostEnvironment environment, ILogger<SmsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        switch (settings.Provider)
        {
            case null:
                SmsLog.NotConfigured(logger);
                break;
            case SmsProvider.File:
                SmsLog.WritingToFile(logger, Path.GetFullPath(settings.FilePath, environment.ContentRootPath));
                break;
            default:
                SmsLog.Sending(logger, settings.Provider.Value);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
