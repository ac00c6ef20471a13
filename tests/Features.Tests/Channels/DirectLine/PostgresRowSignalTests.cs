using System.Threading.Channels;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Channels.DirectLine;

/// <summary>
/// Two instances' signals over one real PostgreSQL (LISTEN/NOTIFY): a committed row that fits a payload reaches the
/// other with its JSON; one that does not reaches it as the short hint (seq only), so that instance reads the log.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRowSignalTests(PostgresServer server)
{
    [Fact]
    public async Task A_row_that_fits_rides_in_its_hint_and_a_bigger_one_leaves_only_its_seq()
    {
        var storage = Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() });
        await using var database = new PostgresDatabase(storage);
        var sender = Signals(database, storage, "a");
        var receiver = Signals(database, storage, "b");
        var heard = Channel.CreateUnbounded<ConversationSignal>();
        using var stop = new CancellationTokenSource();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var running = new[]
        {
            receiver.RunAsync((signal, ct) => heard.Writer.WriteAsync(signal, ct).AsTask(), stop.Token),
            sender.RunAsync((_, _) => Task.CompletedTask, stop.Token),
        };
        Assert.Equal(ConversationSignal.Resync, await heard.Reader.ReadAsync(timeout.Token)); // the receiver listens now

        var small = """{"type":"message","id":"g|0000001","text":"明天 9:00 集合"}""";
        var big = "{\"type\":\"message\",\"id\":\"g|0000002\",\"text\":\"" + new string('长', 2700) + "\"}";
        var last = """{"type":"message","id":"g|0000003","text":"end"}""";
        sender.Committed("g", new LoggedActivity(1, small));
        sender.Committed("g", new LoggedActivity(2, big));
        sender.Committed("g", new LoggedActivity(3, last));
        var got = new List<ConversationSignal>();
        for (var i = 0; i < 3; i++)
        {
            got.Add(await heard.Reader.ReadAsync(timeout.Token));
        }

        // One NOTIFY batch sends rows before short hints, so the order may differ; the receiver's cursor restores it.
        Assert.Equal(
            [new(ConversationSignalKind.Appended, "g", 1, small), new(ConversationSignalKind.Appended, "g", 2), new(ConversationSignalKind.Appended, "g", 3, last)],
            got.OrderBy(s => s.Seq));
        await stop.CancelAsync();
        await Task.WhenAll(running);
        Assert.False(heard.Reader.TryRead(out var extra), $"Heard more than was sent: {extra}");
    }

    private static PostgresConversationSignals Signals(IDatabase database, IOptions<StorageOptions> storage, string node) =>
        new(database, storage, Options.Create(new ClusterOptions { NodeName = "rows-" + node }), TimeProvider.System, NullLogger<PostgresConversationSignals>.Instance);
}
