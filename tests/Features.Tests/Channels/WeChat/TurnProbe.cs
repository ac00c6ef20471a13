using System.Collections.Concurrent;
using EngageBot.Dialogs.Turns;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// A middleware after dedup: records every turn that really runs, and holds turns whose text is
/// <see cref="HoldText"/> until the test releases them (a slow turn without timing).
/// </summary>
public sealed class TurnProbe : ITurnMiddleware
{
    public const string HoldText = "请慢慢回答";
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<Dialogs.Protocol.Activity> Turns { get; } = new();

    public void Release() => _release.TrySetResult();

    public async Task OnTurnAsync(TurnContext context, NextDelegate next, CancellationToken cancellationToken)
    {
        Turns.Enqueue(context.Activity);
        if (context.Text == HoldText)
        {
            await _release.Task.WaitAsync(cancellationToken);
        }

        await next(cancellationToken);
    }
}
