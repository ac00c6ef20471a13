using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// Sign-in codes wait here and are sent in the background, so a sign-in request answers in the same time whether
/// or not a code was sent (no timing hint that the number and name matched). Held in memory only: a code lost to
/// a restart is asked for again. A few sends run at once, so one slow provider call does not hold up the rest.
/// </summary>
public sealed class SmsQueue(ISmsSender sender, ILogger<SmsQueue> logger) : BackgroundService
{
    private const int Capacity = 1000;
    private const int Parallelism = 4;

    private readonly Channel<VerificationSms> _queue = Channel.CreateBounded<VerificationSms>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    public void Enqueue(VerificationSms message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            SmsLog.QueueFull(logger);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            _queue.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken },
            SendOneAsync);

    private async ValueTask SendOneAsync(VerificationSms message, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
#pragma warning disable CA1031 // One message's unexpected failure must not stop the queue (and the host with it).
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            SmsLog.SendFailed(logger, ex.GetType().Name);
        }
    }
}
