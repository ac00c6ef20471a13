namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Tells the other instances that a conversation's log grew, and hears what they say. The hint carries only
/// the conversation and its new watermark; each instance reads the rows from the shared log itself. One
/// implementation per deployment: in-process (nothing to tell), PostgreSQL LISTEN/NOTIFY, or later NATS.
/// Live signals (typing, closing a user's sockets) carry what they need in the payload and are never stored.
/// </summary>
public interface IConversationSignals
{
    /// <summary>Called after a commit appended <paramref name="seq"/>; never inside a transaction, never blocks.</summary>
    void Committed(string conversationId, long seq);

    /// <summary>
    /// <see cref="Committed(string, long)"/> for the one row just committed: an implementation may carry the row in
    /// the hint (when it fits), so the others push it without reading the log.
    /// </summary>
    void Committed(string conversationId, LoggedActivity row) => Committed(conversationId, row.Seq);

    /// <summary>
    /// Tells the other instances a <see cref="ConversationSignalKind.Typing"/> or <see cref="ConversationSignalKind.Disconnect"/>
    /// signal this instance already acted on for its own sockets, or an <see cref="ConversationSignalKind.Alert"/> it already
    /// showed its own consoles; best effort (a lost one is not re-sent), never blocks.
    /// </summary>
    void Broadcast(ConversationSignal signal);

    /// <summary>Listens until <paramref name="cancellationToken"/> fires, handing every signal to <paramref name="onSignal"/>.</summary>
    Task RunAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken);
}

/// <summary>What a signal asks for.</summary>
public enum ConversationSignalKind
{
    /// <summary>
    /// Another instance appended up to <see cref="ConversationSignal.Seq"/>; when <see cref="ConversationSignal.Payload"/> is
    /// set it is that one row's JSON (the row the hint carried).
    /// </summary>
    Appended,

    /// <summary>Hints may have been missed (the listener was down): re-read every locally open conversation.</summary>
    Resync,

    /// <summary>Push <see cref="ConversationSignal.Payload"/> (a typing activity's JSON) to the conversation's open sockets.</summary>
    Typing,

    /// <summary>
    /// Close the sockets user <see cref="ConversationSignal.Payload"/> has open on the conversation (removed from a
    /// group), or in every conversation when <see cref="ConversationSignal.ConversationId"/> is empty (signed out everywhere).
    /// </summary>
    Disconnect,

    /// <summary>
    /// A staff alert for the consoles connected to other instances (<see cref="IClusterAlertListener"/>):
    /// <see cref="ConversationSignal.ConversationId"/> is the alert's topic, <see cref="ConversationSignal.Payload"/> its JSON.
    /// </summary>
    Alert,
}

/// <param name="Payload">
/// Appended: the row's JSON when the hint carried it, else null; Typing: the activity's JSON; Disconnect: the user id;
/// Alert: the alert's JSON; otherwise null.
/// </param>
public readonly record struct ConversationSignal(ConversationSignalKind Kind, string ConversationId, long Seq, string? Payload = null)
{
    public static ConversationSignal Resync => new(ConversationSignalKind.Resync, string.Empty, 0);

    public static ConversationSignal Typing(string conversationId, string activityJson) =>
        new(ConversationSignalKind.Typing, conversationId, 0, activityJson);

    /// <summary>An empty <paramref name="conversationId"/> means every conversation of the user.</summary>
    public static ConversationSignal Disconnect(string conversationId, string userId) =>
        new(ConversationSignalKind.Disconnect, conversationId, 0, userId);

    /// <summary>A staff alert on <paramref name="topic"/> (e.g. "handoff") for consoles on the other instances.</summary>
    public static ConversationSignal Alert(string topic, string json) => new(ConversationSignalKind.Alert, topic, 0, json);
}

/// <summary>One instance (SQLite, or PostgreSQL without <c>Cluster:Enabled</c>): nobody else to tell.</summary>
public sealed class InProcessConversationSignals : IConversationSignals
{
    public void Committed(string conversationId, long seq)
    {
    }

    public void Broadcast(ConversationSignal signal)
    {
    }

    public Task RunAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
