using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Feeds what other instances signal into this instance's stream fan-out (does nothing on one instance).</summary>
public sealed class ConversationSignalsService(IConversationSignals signals, StreamFanout fanout) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => signals.RunAsync(fanout.OnSignalAsync, stoppingToken);
}
