namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Tells the other instances that a conversation's log grew, and hears what they say. The hint carries only
/// the conversation and its new watermark; each instance reads the rows from the shared log itself. One
/// implementation per deployment: in-process (nothing to tell), PostgreSQL LISTEN/NOTIFY, or later NATS.
/// </summary>
public interface IConversationSignals
{
    /// <summary>Called after a commit appended <paramref name="seq"/>; never inside a transaction, never blocks.</summary>
    void Committed(string conversationId, long seq);

    /// <summary>Listens until <paramref name="cancellationToken"/> fires, handing every signal to <paramref name="onSignal"/>.</summary>
    Task RunAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken);
}

/// <summary>What a signal asks for.</summary>
public enum ConversationSignalKind
{
    /// <summary>Another instance appended up to <see cref="ConversationSignal.Seq"/>.</summary>
    Appended,

    /// <summary>Hints may have been missed (the listener was down): re-read every locally open conversation.</summary>
    Resync,
}

public readonly record struct ConversationSignal(ConversationSignalKind Kind, string ConversationId, long Seq)
{
    public static ConversationSignal Resync => new(ConversationSignalKind.Resync, string.Empty, 0);
}

/// <summary>One instance (SQLite, or PostgreSQL without <c>Cluster:Enabled</c>): nobody else to tell.</summary>
public sealed class InProcessConversationSignals : IConversationSignals
{
    public void Committed(string conversationId, long seq)
    {
    }

    public Task RunAsync(Func<ConversationSignal, CancellationToken, Task> onSignal, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
