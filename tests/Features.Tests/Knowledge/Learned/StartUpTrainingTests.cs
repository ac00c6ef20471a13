using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Editing;
using EngageBot.Features.Knowledge.Learned;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.Features.Tests.Knowledge.Learned;

/// <summary>
/// Start-up applies staff's taught examples, then their knowledge edits: two swaps, and the learned model is trained
/// once, on the snapshot that has both (it was trained for each swap, the first training wasted).
/// </summary>
public sealed class StartUpTrainingTests : IAsyncLifetime
{
    private const string NotOurs = "what time does the swimming pool near the union close";
    private const string EditedAnswer = "会员福利以工会最新通知为准。";

    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

    private IDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TempSqlite.Open(TempSqlite.NewPath("startup-training.db"));
        await TestSchema.Migrator(_database, TimeProvider.System).MigrateAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Stored_edits_and_taught_examples_train_the_model_once_on_the_snapshot_with_both()
    {
        await new TaughtExampleStore(_database).AddAsync([new LearnedExample(NotOurs, ExampleKind.OutOfScope)], Now, "admin", CancellationToken.None);
        await new KnowledgeEditStore(_database).SaveAsync(new KnowledgeEdit("benefits", EditedAnswer, "See the union's latest notice.", ["会员有哪些福利"], ["what are the member benefits"], Now, "admin"), CancellationToken.None);
        var trained = new List<KnowledgeSnapshot>();
        var knowledge = new KnowledgeBase(KnowledgeLoader.LoadShipped(), train: snapshot =>
        {
            trained.Add(snapshot);
            _ = snapshot.Learned;
        });

        await Loader(knowledge).StartAsync(CancellationToken.None);

        var current = Assert.Single(trained);
        Assert.Same(knowledge.Current, current);
        Assert.Equal(EditedAnswer, current.Find("benefits")?.Answer.Zh);
        Assert.True(current.Learned.SureOutOfScope(current.Index.Read(NotOurs)));
    }

    [Fact]
    public async Task A_lesson_after_start_up_is_trained_at_once()
    {
        var trained = new List<KnowledgeSnapshot>();
        var knowledge = new KnowledgeBase(KnowledgeLoader.LoadShipped(), train: trained.Add);
        await Loader(knowledge).StartAsync(CancellationToken.None);
        Assert.Empty(trained); // nothing stored: no swap, the shipped snapshot trained by the loader itself

        await new ExampleTeacher(knowledge, new TaughtExampleStore(_database), TimeProvider.System)
            .TeachAsync([new LearnedExample(NotOurs, ExampleKind.OutOfScope)], "admin", CancellationToken.None);

        Assert.Same(knowledge.Current, Assert.Single(trained));
    }

    private KnowledgeEditsLoader Loader(KnowledgeBase knowledge) => new(
        new KnowledgeEditor(knowledge, new KnowledgeEditStore(_database), new KnowledgeEntryStore(_database), TimeProvider.System, NullLogger<KnowledgeEditor>.Instance),
        new ExampleTeacher(knowledge, new TaughtExampleStore(_database), TimeProvider.System),
        knowledge);
}
