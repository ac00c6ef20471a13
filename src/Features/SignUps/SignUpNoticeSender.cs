using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Sends sign-up notices in the background: fresh ones as soon as they are queued, and every
/// <see cref="SignUpOptions.NoticeSweepInterval"/> whatever is still unsent (failed sends, or notices left by
/// a crash or by another instance).
/// </summary>
public sealed partial class SignUpNoticeSender(
    SignUpNotifier notifier,
    IOptions<SignUpOptions> options,
    TimeProvider clock,
    ILogger<SignUpNoticeSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<long>? next = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await notifier.SendAsync(next, stoppingToken);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }

            next = await WaitForWorkAsync(stoppingToken);
        }
    }

    /// <summary>The next queued notice ids, or null when the sweep interval passed first.</summary>
    private async Task<IReadOnlyList<long>?> WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var sweep = new CancellationTokenSource(options.Value.NoticeSweepInterval, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, sweep.Token);
        try
        {
            return await notifier.Queue.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 2110, Level = LogLevel.Error, Message = "Sending sign-up notices failed; the next sweep retries them")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
