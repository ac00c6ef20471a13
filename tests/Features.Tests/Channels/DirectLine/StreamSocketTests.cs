using System.Net.WebSockets;
using EngageBot.Features.Channels.DirectLine;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>
/// One conversation's sockets on one instance: a client that stops reading (its sends stop completing) is cut off
/// without holding back the publisher (a committing turn, the LISTEN loop) or the other members; a socket with a
/// backlog gets it merged from the bytes encoded once for every socket, exactly the activity set the writer makes.
/// </summary>
public sealed class StreamSocketTests
{
    private static string Json(long seq, string text) =>
        $$"""{"type":"message","id":"{{DirectLineChannel.ActivityId("g", seq)}}","text":"{{text}}"}""";

    [Fact]
    public async Task A_socket_whose_sends_stop_completing_is_cut_off_and_holds_back_neither_the_publisher_nor_the_others()
    {
        var hub = new DirectLineHub();
        var never = new TaskCompletionSource().Task;
        // Listed first, so the publisher offers every frame to it before the others.
        var stalled = new FakeSocket { Hold = i => i == 0 ? Task.CompletedTask : never };
        var a = new FakeSocket();
        var b = new FakeSocket();
        using var stop = new CancellationTokenSource();
        var connections = new[] { stalled, a, b }.Select(s => new StreamConnection(s, "u", capacity: 32)).ToList();
        var running = connections.Select(c => Run(hub, c, stop.Token)).ToList();

        // More frames than the stalled socket can take in (one batch of at most 64 in its pending send, 32 queued).
        for (long seq = 1; seq <= 120; seq++)
        {
            hub.Publish("g", Json(seq, "第" + seq + "条"), seq);

            // Each frame reaches the others before the next is published: the stalled socket holds nobody up.
            Assert.Equal([(seq, "第" + seq + "条")], await a.ActivitiesAsync(1));
            Assert.Equal([(seq, "第" + seq + "条")], await b.ActivitiesAsync(1));
        }

        Assert.True(connections[0].Dropped);
        Assert.False(connections[1].Dropped);
        Assert.False(connections[2].Dropped);
        Assert.Equal(WebSocketState.Aborted, stalled.State);
        await stop.CancelAsync();
        await Task.WhenAll(running);
    }

    [Fact]
    public async Task A_backlog_is_sent_as_one_set_of_the_same_bytes_the_writer_makes()
    {
        var hub = new DirectLineHub();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new FakeSocket { Hold = i => i == 0 ? release.Task : Task.CompletedTask };
        using var stop = new CancellationTokenSource();
        var connection = new StreamConnection(slow, "u", capacity: 16);
        var running = Run(hub, connection, stop.Token);
        var rows = Enumerable.Range(1, 5).Select(i => new LoggedActivity(i, Json(i, i % 2 == 0 ? "“引号”\\\"" : "😀 " + i))).ToList();

        hub.Publish("g", rows[0].Json, rows[0].Seq);
        await slow.HoldingAsync(); // the first frame is being sent and the client does not read
        foreach (var row in rows[1..])
        {
            hub.Publish("g", row.Json, row.Seq);
        }

        release.SetResult();

        Assert.Equal(ActivitySetWriter.Write(rows[..1], 1), await slow.NextFrameAsync());
        Assert.Equal(ActivitySetWriter.Write(rows[1..], 5), await slow.NextFrameAsync());
        await stop.CancelAsync();
        await running;
        Assert.True(slow.NothingMore);
        Assert.False(connection.Dropped);
    }

    private static Task Run(DirectLineHub hub, StreamConnection connection, CancellationToken cancellationToken)
    {
        hub.Add("g", connection);
        connection.GoLive(null, 0);
        return connection.RunAsync(TimeSpan.FromHours(1), TimeProvider.System, _ => ValueTask.FromResult(true), cancellationToken);
    }
}
