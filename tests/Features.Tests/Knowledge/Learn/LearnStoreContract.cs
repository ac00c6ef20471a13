using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Editing;
using EngageBot.Features.Knowledge.Unanswered;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Knowledge.Learn;

/// <summary>The unanswered-questions and staff-entries tables, run on each provider.</summary>
public abstract class LearnStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    protected IDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task Unanswered_questions_come_back_newest_first_until_handled()
    {
        var store = new UnansweredStore(Database);
        await store.AddAsync(
        [
            new UnansweredQuestion(0, Now, DigitMask.Apply("电话13812345678怎么报销"), Language.Chinese, UnansweredReading.None, null, 0.1),
            new UnansweredQuestion(0, Now.AddMinutes(1), "how do I park my bike", Language.English, UnansweredReading.LowConfidence, "benefits", 0.31),
        ], CancellationToken.None);

        var open = await store.ListOpenAsync(10, CancellationToken.None);

        Assert.Equal(["how do I park my bike", "电话###########怎么报销"], open.Select(q => q.Text));
        Assert.Equal((Language.English, UnansweredReading.LowConfidence, "benefits", 0.31, Now.AddMinutes(1)),
            (open[0].Language, open[0].Reading, open[0].TopEntry, open[0].Score, open[0].At));
        Assert.Equal((Language.Chinese, UnansweredReading.None, (string?)null), (open[1].Language, open[1].Reading, open[1].TopEntry));

        Assert.Equal(1, await store.MarkHandledAsync([open[1].Id, 999_999], "mutual-aid", Now, CancellationToken.None));
        Assert.Equal(0, await store.MarkHandledAsync([open[1].Id], null, Now, CancellationToken.None));
        Assert.Equal(["how do I park my bike"], (await store.ListOpenAsync(10, CancellationToken.None)).Select(q => q.Text));
        Assert.Single(await store.ListOpenAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task A_staff_entry_is_stored_once_with_its_latest_fields_retired_flag_and_dated_answers()
    {
        var store = new KnowledgeEntryStore(Database);
        var entry = new KnowledgeEntry
        {
            Id = "union-desk",
            Title = new Localized("服务台", "Service desk"),
            Answer = new Localized("旧", "old"),
            Questions = new LocalizedList(["服务台在哪"], ["where is the desk"]),
        };
        await store.SaveAsync(new StoredKnowledgeEntry(entry, true, false, Now, "admin"), CancellationToken.None);
        var changed = entry with
        {
            Synonyms = new LocalizedList(["前台"], ["front desk"]),
            Related = ["hotline-12351"],
            Scheduled = [new ScheduledAnswer(Now.AddDays(3), "新", "new")],
        };
        await store.SaveAsync(new StoredKnowledgeEntry(changed, true, true, Now.AddHours(1), "clerk"), CancellationToken.None);

        var stored = Assert.Single(await store.ListAsync(CancellationToken.None));

        Assert.Equal((true, true, "clerk", Now.AddHours(1)), (stored.Added, stored.Retired, stored.UpdatedBy, stored.UpdatedAt));
        Assert.Equal(["前台"], stored.Entry.Synonyms.Zh);
        Assert.Equal(["hotline-12351"], stored.Entry.Related);
        Assert.Equal(new ScheduledAnswer(Now.AddDays(3), "新", "new"), Assert.Single(stored.Entry.Scheduled));
        Assert.Equal("旧", stored.Entry.AnswerAt(Now).Zh);
        Assert.Equal("new", stored.Entry.AnswerAt(Now.AddDays(3)).En);
    }
}
