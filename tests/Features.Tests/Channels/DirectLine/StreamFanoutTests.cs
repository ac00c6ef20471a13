using EngageBot.Features.Channels.DirectLine;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>
/// Another instance's hints reaching this one's sockets. A hint that carries the next row is pushed as carried,
/// without reading the log; a gap, a hint without its row (it did not fit a NOTIFY payload) or a stale row reads the
/// shared log from where this instance stopped: every activity once, in watermark order. The log's rows here say
/// "读到的" and the carried ones "捎来的", so the texts show which source each push came from.
/// </summary>
public sealed class StreamFanoutTests : IAsyncLifetime, IDisposable
{
    private const string Read = "读到的";
    private const string Carried = "捎来的";

    private readonly DirectLineHub _hub = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];
    private IDatabase _database = null!;
    private DirectLineLog _log = null!;
    private StreamFanout _fanout = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.SqliteAsync("fanout.db");
        _log = new DirectLineLog(_database, TimeProvider.System);
        _fanout = new StreamFanout(_hub, _log, NullLogger<StreamFanout>.Instance);
        await _log.CreateAsync("g", isGroup: true, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
        await TestDatabases.DisposeAsync(_database);
    }

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task Hints_carrying_the_next_rows_are_pushed_in_order_without_reading_the_log()
    {
        await AppendAsync(3, Read);
        var socket = Open(knownSeq: 0);

        for (long seq = 1; seq <= 3; seq++)
        {
            await _fanout.OnSignalAsync(Row(seq, Carried + seq), CancellationToken.None);
        }

        Assert.Equal([(1, Carried + 1), (2, Carried + 2), (3, Carried + 3)], await socket.ActivitiesAsync(3));
    }

    [Fact]
    public async Task A_gap_a_hint_without_its_row_and_a_stale_row_read_the_log_and_push_nothing_twice()
    {
        await AppendAsync(4, Read);
        var socket = Open(knownSeq: 0);

        // Row 2 while this instance has pushed nothing: 1 is missing, so the log is read (1 to 4 are there).
        await _fanout.OnSignalAsync(Row(2, Carried), CancellationToken.None);
        Assert.Equal([(1, Read), (2, Read), (3, Read), (4, Read)], await socket.ActivitiesAsync(4));

        // Late hints for what was pushed already change nothing.
        await _fanout.OnSignalAsync(Row(3, Carried), CancellationToken.None);
        await _fanout.OnSignalAsync(new ConversationSignal(ConversationSignalKind.Appended, "g", 4), CancellationToken.None);

        // A row too big for a payload comes as the short hint: read from the log.
        await AppendAsync(1, new string('长', 3000));
        await _fanout.OnSignalAsync(new ConversationSignal(ConversationSignalKind.Appended, "g", 5), CancellationToken.None);
        Assert.Equal([(5, new string('长', 3000))], await socket.ActivitiesAsync(1));

        // And the next carried row rides again.
        await _fanout.OnSignalAsync(Row(6, Carried), CancellationToken.None);
        Assert.Equal([(6, Carried)], await socket.ActivitiesAsync(1));
        Assert.True(socket.NothingMore);
    }

    private static ConversationSignal Row(long seq, string text) =>
        new(ConversationSignalKind.Appended, "g", seq, Json(DirectLineChannel.ActivityId("g", seq), text));

    private static string Json(string id, string text) => $$"""{"type":"message","id":"{{id}}","text":"{{text}}"}""";

    private async Task AppendAsync(int count, string text)
    {
        for (var i = 0; i < count; i++)
        {
            await _log.AppendAsync("g", id => Json(id, text), CancellationToken.None);
        }
    }

    private FakeSocket Open(long knownSeq)
    {
        var socket = new FakeSocket();
        var connection = new StreamConnection(socket, "u", capacity: 64);
        _fanout.Open("g", connection, knownSeq);
        connection.GoLive(null, knownSeq);
        _running.Add(connection.RunAsync(TimeSpan.FromHours(1), TimeProvider.System, _ => ValueTask.FromResult(true), _stop.Token));
        return socket;
    }
}
