using EngageBot.Core.Protocol;

namespace EngageBot.Core.Turns;

/// <summary>
/// Delivers activities to a conversation: over the Connector REST API to an external channel, or
/// in-process to Direct Line streams. Replies and proactive sends both leave through here.
/// </summary>
public interface IActivitySender
{
    /// <summary>True when this sender delivers to the conversation <paramref name="reference"/> points at.</summary>
    bool Handles(ConversationReference reference);

    /// <summary>Sends one activity; returns the id the channel gave it, when it gives one.</summary>
    Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);
}
