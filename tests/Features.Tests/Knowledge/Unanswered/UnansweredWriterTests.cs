using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Unanswered;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Knowledge.Unanswered;

/// <summary>The writer behind the unanswered questions, as the host starts and stops it.</summary>
public sealed class UnansweredWriterTests : IAsyncLifetime
{
    private readonly string _path = TempSqlite.NewPath("unanswered.db");
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        await TestSchema.Migrator(_database, TimeProvider.System).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        TempSqlite.Delete(_path);
    }

    [Fact]
    public async Task A_stop_writes_what_the_last_turns_queued()
    {
        var (recorder, writer, store) = Build();
        recorder.Note(Turn("食堂今天吃什么"), Fallback);

        // Not started, so no loop: only the stop's own write can store it.
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal("食堂今天吃什么", Assert.Single(await store.ListOpenAsync(10, CancellationToken.None)).Text);
    }

    [Fact]
    public async Task A_stop_out_of_time_leaves_the_questions_unwritten_and_does_not_fail_the_host()
    {
        var (recorder, writer, store) = Build();
        recorder.Note(Turn("停车场几点关门"), Fallback);

        // The host's shutdown timeout passed while an earlier service stopped: the token comes cancelled.
        await writer.StopAsync(new CancellationToken(canceled: true));

        Assert.Empty(await store.ListOpenAsync(10, CancellationToken.None));
    }

    private static readonly RecognizedIntent Fallback = new(Intent.None, null, []);

    private (UnansweredRecorder Recorder, UnansweredWriter Writer, UnansweredStore Store) Build()
    {
        var store = new UnansweredStore(_database);
        var recorder = new UnansweredRecorder(store, TimeProvider.System, Options.Create(new RecognizerOptions()));
        return (recorder, new UnansweredWriter(recorder, NullLogger<UnansweredWriter>.Instance), store);
    }

    private static TurnContext Turn(string text) => new(
        new Activity { Type = ActivityTypes.Message, Text = text },
        new TurnState(new StateBag("conversation/test/c1", null), new StateBag("user/test/u1", null)),
        (_, _) => Task.CompletedTask);
}
