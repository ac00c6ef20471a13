using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Feeds what other instances signal into this instance's stream fan-out, and staff alerts to their listeners
/// (does nothing on one instance).
/// </summary>
public sealed class ConversationSignalsService(IConversationSignals signals, StreamFanout fanout, IEnumerable<IClusterAlertListener> listeners)
    : BackgroundService
{
    private readonly IClusterAlertListener[] _listeners = [.. listeners];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => signals.RunAsync(OnSignalAsync, stoppingToken);

    private Task OnSignalAsync(ConversationSignal signal, CancellationToken cancellationToken)
    {
        switch (signal.Kind)
        {
            case ConversationSignalKind.Alert:
                foreach (var listener in _listeners.Where(l => l.Topic == signal.ConversationId))
                {
                    listener.OnAlert(signal.Payload!);
                }

                return Task.CompletedTask;
            case ConversationSignalKind.Resync:
                foreach (var listener in _listeners)
                {
                    listener.OnResync();
                }

                break;
        }

        return fanout.OnSignalAsync(signal, cancellationToken);
    }
}
