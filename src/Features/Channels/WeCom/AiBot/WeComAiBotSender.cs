using System.Globalization;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// Delivers a robot turn's replies into the stream of the message they answer (<see cref="AiBotStreams"/>), with
/// any postBack buttons as the stream's template card; the callback or WeCom's next stream refresh shows them in the
/// group. A reply after the stream's window is kept as late, and goes out after the turn through the message's
/// response_url: that send (<see cref="AiBotResponses"/>) comes from the outbox, never from the turn. A message that
/// answers no open stream (a proactive send) fails, and the outbox records it: group notices go through the group
/// robots' webhooks instead.
/// </summary>
public sealed class WeComAiBotSender(AiBotStreams streams, AiBotResponses responses, OutboxSignal outbox) : IActivitySender
{
    public bool Handles(ConversationReference reference) => reference.ChannelId == WeComAiBotMapper.ChannelId;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        if (AiBotResponses.StreamOf(activity) is { } responseStream)
        {
            await responses.SendAsync(responseStream, cancellationToken);
            return null;
        }

        if (ReplyText.Render(activity, tappableButtons: false) is not { } text)
        {
            return null;
        }

        var streamId = ReplyOf(activity) is var (turnId, _) ? AiBotStreams.IdFor(turnId) : null;
        var appended = streamId is null
            ? AiBotAppend.Closed
            : await streams.AppendAsync(streamId, ReplyOf(activity)!.Value.Part, text, AiBotCards.For(activity), AiBotResponses.Message(reference, streamId), cancellationToken);
        switch (appended)
        {
            case AiBotAppend.Closed:
                throw new InvalidOperationException("A WeCom robot can only answer a message whose stream is still open, or whose response_url is unused.");
            case AiBotAppend.LateAfterFinish:
                outbox.Notify(); // the response_url's row, added behind this conversation's waiting rows
                break;
        }

        return null;
    }

    /// <summary>The message a reply answers and its place among the turn's replies, from the outbox key (<c>reply|{conversation}|{turn}|{n}</c>).</summary>
    private static (string TurnId, int Part)? ReplyOf(Activity activity)
    {
        var parts = activity.Id?.Split('|');
        if (parts is { Length: >= 4 } && parts[0] == "reply" && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var part))
        {
            return (activity.ReplyToId is { Length: > 0 } replyTo ? replyTo : parts[^2], part);
        }

        return activity.ReplyToId is { Length: > 0 } answered ? (answered, 0) : null;
    }
}
