using EngageBot.Core;
using EngageBot.Core.Retention;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Knowledge.Unanswered;
using EngageBot.Features.Notices;
using EngageBot.Features.Operations;
using EngageBot.Features.Polls;
using EngageBot.Features.Staff;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Operations;

/// <summary>
/// A retention run over the targets the owning features register deletes exactly the rows older than each limit
/// (by the clock), in batches, and nothing else: not the row exactly at the cutoff, not newer ones, not undelivered
/// outbox rows. Run on each provider.
/// </summary>
public abstract class RetentionContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Now);
    private readonly RetentionOptions _options = new() { BatchSize = 2, PauseBetweenBatches = TimeSpan.Zero };
    private ServiceProvider _services = null!;

    protected IDatabase Database { get; private set; } = null!;

    private RetentionRun Run => _services.GetRequiredService<RetentionRun>();

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        var services = new ServiceCollection();
        services.AddSingleton(Database);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(Options.Create(_options));
        services.AddSingleton<RetentionRun>();
        // The owners' own registrations, as the service makes them.
        services.AddCore();
        services.AddDirectLine();
        services.AddNoticeCore();
        services.AddStaff(new ConfigurationBuilder().Build());
        services.AddUnansweredQuestionsRetention();
        services.AddPollBallotsRetention();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await DeleteDatabaseAsync(Database);
    }

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => TestDatabases.DisposeAsync(database).AsTask();

    [Fact]
    public void Every_kind_has_a_target_registered_by_the_feature_owning_its_table()
    {
        var kinds = _services.GetServices<IRetentionTarget>().Select(t => t.Kind).Order().ToList();

        Assert.Equal(Enum.GetValues<RetentionKind>(), kinds);
    }

    [Fact]
    public async Task A_run_deletes_exactly_what_is_older_than_each_limit_and_nothing_else()
    {
        var rows = new RetentionRows(Database);
        foreach (var kind in Enum.GetValues<RetentionKind>())
        {
            var cutoff = Now - _options.LimitOf(kind);
            // Deleted: a day and a millisecond older than the limit. Kept: exactly at it, a minute younger, and now.
            await rows.AddAsync(kind, "old-1", cutoff.AddDays(-1));
            await rows.AddAsync(kind, "old-2", cutoff.AddMilliseconds(-1));
            await rows.AddAsync(kind, "edge", cutoff);
            await rows.AddAsync(kind, "young", cutoff.AddMinutes(1));
            await rows.AddAsync(kind, "now", Now);
        }

        // Outbox rows not delivered are never deleted by age.
        await rows.AddOutboxAsync("pending-old", "pending", Now.AddYears(-1));
        await rows.AddOutboxAsync("failed-old", "failed", Now.AddYears(-1));
        await rows.AddOutboxAsync("waiting-old", "waiting", Now.AddYears(-1));
        // An open poll's ballots are never deleted by age, however old the votes.
        await rows.AddBallotAsync("open-old", closedAt: null, votedAt: Now.AddYears(-1));

        var dryRun = await Run.DryRunAsync(CancellationToken.None);
        var deleted = await Run.PurgeAsync(CancellationToken.None);
        var after = await Run.DryRunAsync(CancellationToken.None);

        Assert.All(dryRun, c => Assert.Equal(2, c.Rows));
        Assert.Equal(dryRun, deleted);
        Assert.All(after, c => Assert.Equal(0, c.Rows));
        foreach (var kind in Enum.GetValues<RetentionKind>())
        {
            var left = await rows.MarkersAsync(kind);
            var expected = kind switch
            {
                RetentionKind.DeliveredOutbox => new[] { "edge", "failed-old", "now", "pending-old", "waiting-old", "young" },
                RetentionKind.PollBallots => new[] { "edge", "now", "open-old", "young" },
                _ => new[] { "edge", "now", "young" },
            };
            Assert.Equal(expected, left.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_dry_run_reports_each_limit_and_cutoff_and_deletes_nothing()
    {
        var rows = new RetentionRows(Database);
        await rows.AddAsync(RetentionKind.Transcripts, "old", Now.AddDays(-181));

        var dryRun = await Run.DryRunAsync(CancellationToken.None);
        var again = await Run.DryRunAsync(CancellationToken.None);

        var transcripts = Assert.Single(dryRun, c => c.Kind == RetentionKind.Transcripts);
        Assert.Equal(new RetentionCount(RetentionKind.Transcripts, TimeSpan.FromDays(180), Now.AddDays(-180), 1), transcripts);
        Assert.Equal(dryRun, again);
        Assert.Equal(["old"], await rows.MarkersAsync(RetentionKind.Transcripts));
    }

    [Fact]
    public async Task Rows_past_their_limit_only_after_the_clock_moves_are_deleted_only_then()
    {
        var rows = new RetentionRows(Database);
        await rows.AddAsync(RetentionKind.DedupMarks, "mark", Now.AddDays(-6));

        await Run.PurgeAsync(CancellationToken.None);
        var kept = await rows.MarkersAsync(RetentionKind.DedupMarks);
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(1));
        await Run.PurgeAsync(CancellationToken.None);

        Assert.Equal(["mark"], kept);
        Assert.Empty(await rows.MarkersAsync(RetentionKind.DedupMarks));
    }

    [Fact]
    public async Task A_young_row_stored_before_old_ones_is_kept_and_the_old_ones_behind_it_still_go()
    {
        // On SQLite old rows are found in rowid order, not through an index on their age: a clock set back must not fool it.
        var rows = new RetentionRows(Database);
        RetentionKind[] ordered = [RetentionKind.DedupMarks, RetentionKind.Transcripts, RetentionKind.DirectLineLogs];
        foreach (var kind in ordered)
        {
            var cutoff = Now - _options.LimitOf(kind);
            await rows.AddAsync(kind, "young-first", cutoff.AddMinutes(1));
            await rows.AddAsync(kind, "old-1", cutoff.AddDays(-2));
            await rows.AddAsync(kind, "old-2", cutoff.AddDays(-1));
        }

        await Run.PurgeAsync(CancellationToken.None);

        foreach (var kind in ordered)
        {
            Assert.Equal(["young-first"], await rows.MarkersAsync(kind));
        }
    }
}
