using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Postgres;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>
/// A fresh, migrated database per test, with the sign-up stores on a test clock: a SQLite file, or a new
/// database on the tests' PostgreSQL server (the same tests then prove its schema, locks and triggers).
/// </summary>
public sealed class SignUpDatabase : IAsyncDisposable
{
    private readonly string? _postgres;
    private readonly List<IAsyncDisposable> _others = [];

    private SignUpDatabase(IDatabase database, ManualClock clock, string? postgres)
    {
        _postgres = postgres;
        Database = database;
        Clock = clock;
        Activities = new ActivityStore(database, clock);
        Clubs = new ClubStore(database, clock);
        SignUps = new SignUpStore(database, clock);
        Lists = new SignUpLists(database, clock);
        CheckIns = new CheckInStore(database, clock);
        News = new SignUpNewsStore(database);
        Forms = new EngageBot.Features.SignUps.Forms.FormStore(database, clock);
    }

    public IDatabase Database { get; }

    public ManualClock Clock { get; }

    public ActivityStore Activities { get; }

    public ClubStore Clubs { get; }

    public SignUpStore SignUps { get; }

    public SignUpLists Lists { get; }

    public CheckInStore CheckIns { get; }

    public SignUpNewsStore News { get; }

    public EngageBot.Features.SignUps.Forms.FormStore Forms { get; }

    /// <summary>The outbox rows the sign-up stores wrote: (id, kind, subject, member, conversation), in id order.</summary>
    public async Task<IReadOnlyList<(long Id, string Kind, string Subject, string Member, string? Conversation)>> OutboxAsync()
    {
        await using var connection = await Database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT id, kind, subject_id, member_key, reference_key FROM outbox ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string, string, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetStringOrNull(4)));
        }

        return rows;
    }

    public static async Task<SignUpDatabase> CreateAsync(PostgresServer? server = null)
    {
        var postgres = server is not null ? await server.CreateDatabaseAsync() : null;
        var database = postgres is not null
            ? new PostgresDatabase(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = postgres }))
            : (IDatabase)new SqliteDatabase(Options.Create(new StorageOptions
            {
                ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), "signups.db")}",
            }));
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await TestSchema.Migrator(database, clock).MigrateAsync(CancellationToken.None);
        return new SignUpDatabase(database, clock, postgres);
    }

    public Task<ActivityRecord> CreateActivityAsync(int capacity, TimeSpan? startsIn = null, DateTimeOffset? signUpDeadline = null, DateTimeOffset? cancelDeadline = null)
    {
        var starts = Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromDays(3));
        return Activities.CreateAsync(
            new ActivityDraft(null, "瑜伽体验课", "Yoga taster", starts, starts.AddHours(2), "职工之家 3 楼", capacity,
                signUpDeadline, cancelDeadline, [TimeSpan.FromHours(24)]),
            CancellationToken.None);
    }

    public static SignUpRequest Request(string activityId, int member, string? source = null) =>
        new(activityId, new MemberKey("emulator", $"user-{member}"), $"会员{member}", "zh", new ConversationKey("emulator", $"conv-{member}"), source);

    /// <summary>
    /// The activity store of another instance on the same data: on PostgreSQL with its own pool, as a second process
    /// would have; on SQLite (one instance per file) another store over the same database, with its own memory.
    /// </summary>
    public ActivityStore AnotherInstance()
    {
        if (_postgres is null)
        {
            return new ActivityStore(Database, Clock);
        }

        var other = new PostgresDatabase(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = _postgres }));
        _others.Add(other);
        return new ActivityStore(other, Clock);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await ((IAsyncDisposable)Database).DisposeAsync();
    }
}
