using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>The open WebSockets of each conversation on this instance; frames are fanned out to all of them.</summary>
public sealed class DirectLineHub
{
    private readonly ConcurrentDictionary<string, ImmutableArray<StreamConnection>> _sockets = new(StringComparer.Ordinal);

    public void Add(string conversationId, StreamConnection connection) =>
        _sockets.AddOrUpdate(conversationId, [connection], (_, list) => list.Add(connection));

    public void Remove(string conversationId, StreamConnection connection)
    {
        while (_sockets.TryGetValue(conversationId, out var list))
        {
            var next = list.Remove(connection);
            var done = next.IsEmpty
                ? _sockets.TryRemove(new KeyValuePair<string, ImmutableArray<StreamConnection>>(conversationId, list))
                : _sockets.TryUpdate(conversationId, next, list);
            if (done)
            {
                return;
            }
        }
    }

    /// <summary>The sockets open on a conversation right now.</summary>
    public IReadOnlyList<StreamConnection> Connections(string conversationId) =>
        _sockets.TryGetValue(conversationId, out var list) ? list : [];

    /// <summary>Closes every socket one user has open on the conversation.</summary>
    public void Disconnect(string conversationId, string userId)
    {
        foreach (var connection in Connections(conversationId).Where(c => c.UserId == userId))
        {
            connection.Disconnect();
        }
    }

    /// <summary>Closes every socket one user has open on this instance, in any conversation (their sessions ended).</summary>
    public void DisconnectUser(string userId)
    {
        foreach (var connection in _sockets.Values.SelectMany(list => list).Where(c => c.UserId == userId))
        {
            connection.Disconnect();
        }
    }

    /// <summary>
    /// Offers one activity to every open socket of the conversation: encoded once, the same bytes for all of them;
    /// <paramref name="seq"/> is its watermark (0 outside the log: typing).
    /// </summary>
    public void Publish(string conversationId, string json, long seq)
    {
        if (_sockets.TryGetValue(conversationId, out var list) && !list.IsEmpty)
        {
            var (frame, activity) = ActivitySetWriter.WriteOne(json, seq > 0 ? seq : null);
            foreach (var connection in list)
            {
                connection.Offer(frame, activity, seq);
            }
        }
    }
}
