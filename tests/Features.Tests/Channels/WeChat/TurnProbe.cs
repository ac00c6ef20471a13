using System.Collections.Concurrent;
using EngageBot.Bot;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Wraps the bot (so it sees only turns that pass dedup): records every turn that really runs, and holds turns
/// whose text is <see cref="HoldText"/> until the test releases them (a slow turn without timing).
/// </summary>
public sealed class TurnProbe
{
    public const string HoldText = "请慢慢回答";
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<Activity> Turns { get; } = new();

    public void Release() => _release.TrySetResult();

    /// <summary>Puts the probe around the union bot of the host under test.</summary>
    public void AddTo(IServiceCollection services) =>
        services.AddSingleton<IBot>(sp => new ProbeBot(this, ActivatorUtilities.CreateInstance<UnionBot>(sp)));

    private sealed class ProbeBot(TurnProbe probe, IBot inner) : IBot
    {
        public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
        {
            probe.Turns.Enqueue(context.Activity);
            if (context.Text == HoldText)
            {
                await probe._release.Task.WaitAsync(cancellationToken);
            }

            await inner.OnTurnAsync(context, cancellationToken);
        }
    }
}
