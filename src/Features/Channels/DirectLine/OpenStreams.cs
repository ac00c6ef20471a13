namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Closes a user's open Direct Line sockets on every instance: here at once, elsewhere when the signal arrives
/// (<see cref="IConversationSignals"/>). A socket a lost signal leaves open is closed at its next keep-alive
/// check (the session is revoked) and every request it makes is refused anyway (membership, revocation).
/// </summary>
public sealed class OpenStreams(DirectLineHub hub, IConversationSignals signals)
{
    /// <summary>The user's sockets on one conversation (removed from a group).</summary>
    public void Disconnect(string conversationId, string userId)
    {
        hub.Disconnect(conversationId, userId);
        signals.Broadcast(ConversationSignal.Disconnect(conversationId, userId));
    }

    /// <summary>The user's sockets on every conversation (signed out everywhere).</summary>
    public void DisconnectUser(string userId)
    {
        hub.DisconnectUser(userId);
        signals.Broadcast(ConversationSignal.Disconnect(string.Empty, userId));
    }
}
