using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// A hosted conversation's transcript: appends an activity under the next watermark and publishes it to the open
/// streams (here and, clustered, on the other instances). Both sides write through it: the inbound side for members'
/// posts, the <see cref="DirectLineSender"/> and the groups for what the bot says. It runs no turn, so nothing it
/// holds leads back to the adapter.
/// </summary>
public sealed class DirectLineTranscript(
    DirectLineLog log,
    DirectLineHub hub,
    StreamFanout fanout,
    IConversationSignals signals,
    IOptions<DirectLineOptions> options,
    IOptions<TurnOptions> turnOptions,
    TimeProvider clock)
{
    private readonly ConversationGate _appendOrder = new();

    /// <summary>The bot as members see it.</summary>
    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = turnOptions.Value.BotName, Role = "bot" };

    /// <summary>Appends an activity to the log with the next id and pushes it to the open streams; null when no conversation has that id.</summary>
    public async Task<LoggedActivity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        // Appending and publishing one conversation's activities one at a time keeps every socket's frames in
        // watermark order (two appends could otherwise publish in the opposite order of their commits).
        using var _ = await _appendOrder.EnterAsync(new ConversationKey(DirectLineChannel.ChannelId, conversationId), cancellationToken);
        var timestamp = activity.Timestamp ?? clock.GetUtcNow();
        var logged = await log.AppendAsync(
            conversationId,
            id => JsonSerializer.Serialize(activity with { Id = id, Timestamp = timestamp }, ProtocolJson.Default.Activity),
            cancellationToken);
        if (logged is not null)
        {
            // The other instances first: their hint leaves while this one pushes to its own sockets.
            signals.Committed(conversationId, logged);
            await fanout.AppendedAsync(conversationId, logged);
        }

        return logged;
    }

    /// <summary>Pushes an activity (typing) to the open streams here and, clustered, on the other instances: never stored, never replayed.</summary>
    public void PublishLive(string conversationId, Activity activity)
    {
        var json = JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity);
        hub.Publish(conversationId, json, 0);
        signals.Broadcast(ConversationSignal.Typing(conversationId, json));
    }
}
