using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Serialization;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;

namespace EngageBot.Bot.Tests.Turns;

/// <summary>
/// A bot whose turns read a counter from state, wait, add one and reply with the new value: two turns that
/// overlap on the same state would both answer the same number. Records every attempt it runs.
/// </summary>
public sealed class CountingBot(Func<TurnState, StateBag> scope, Func<Task>? pause = null) : IBot
{
    public static readonly StateProperty<int> Counter = new("counter", CountingJson.Default.Int32);

    /// <summary>The activity id of every turn attempt, in the order they started.</summary>
    public ConcurrentQueue<string> Attempts { get; } = new();

    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(context.Activity.Id!);
        var state = scope(context.State);
        var next = state.Get(Counter) + 1;
        await (pause?.Invoke() ?? Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken));
        state.Set(Counter, next);
        context.Reply(context.Activity.CreateReply(next.ToString(CultureInfo.InvariantCulture)));
    }
}

[JsonSerializable(typeof(int))]
internal sealed partial class CountingJson : JsonSerializerContext;
