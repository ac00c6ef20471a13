using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace EngageBot.Features.Tests.Notices;

/// <summary>
/// The scheduler's parts on a real SQLite file with a manual clock: the notice store, firing service, outbox
/// and dispatcher, reminders with a fake calendar, and Quartz with an in-memory store that is never started
/// (tests fire notices themselves and inspect the triggers Quartz was given).
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SchedulerHarness(ServiceProvider services, string databasePath, ManualClock clock)
    {
        _services = services;
        DatabasePath = databasePath;
        Clock = clock;
    }

    public string DatabasePath { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _services;

    public RecordingSender Sink => _services.GetRequiredService<RecordingSender>();

    public FakeCalendar Calendar => _services.GetRequiredService<FakeCalendar>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<SchedulerHarness> StartAsync(DateTimeOffset now, string? databasePath = null, Action<IServiceCollection>? configure = null)
    {
        databasePath ??= Path.Combine(Path.GetTempPath(), "engagebot-scheduler-tests", Guid.NewGuid().ToString("N"), "engagebot.db");
        var clock = new ManualClock(now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOptions<StorageOptions>().Configure(o => o.ConnectionString = $"Data Source={databasePath}");
        services.AddOptions<SchedulerOptions>();
        services.AddSingleton(UnionTime.For(UnionTimeOptions.DefaultTimeZone));
        services.AddOptions<DeliveryOptions>().Configure(o => { o.RatePerSecond = 0; o.Concurrency = 8; });
        services.AddSingleton<IDatabase, SqliteDatabase>();
        services.AddSingleton<SchemaMigrator>();
        foreach (var scripts in TestSchema.Scripts)
        {
            services.AddSingleton(scripts);
        }

        services.AddSingleton<IStateStore, StateStore>();
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<RecordingSender>();
        services.AddSingleton<IActivitySender>(sp => sp.GetRequiredService<RecordingSender>());
        services.AddSingleton<OutboundRouter>();
        services.AddQuartz(q => q.UseInMemoryStore(_ => { }));
        services.AddNoticeCore();
        services.AddSingleton<IRosterAudience, SqlMemberRoster>();
        services.AddSingleton<FakeCalendar>();
        services.AddSingleton<IActivityCalendar>(sp => sp.GetRequiredService<FakeCalendar>());
        services.AddSingleton<IAudienceSource, ActivityAttendeesSource>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<ReminderScheduler>();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new SchedulerHarness(provider, databasePath, clock);
    }

    /// <summary>Stores a 1:1 conversation reference for "emulator/{userId}", as a turn from that member would.</summary>
    public async Task AddMemberAsync(string userId, string? locale = null, bool isGroup = false)
    {
        var conversationId = "conv-" + userId;
        var reference = new ConversationReference
        {
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1:1/",
            User = new ChannelAccount { Id = userId },
            Bot = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = conversationId, IsGroup = isGroup },
            Locale = locale,
        };
        var record = new ConversationReferenceRecord(new ConversationKey("emulator", conversationId), reference);
        await Get<IStateStore>().CommitAsync(new TurnCommit(null, [], [], record), CancellationToken.None);
    }

    public async Task AddMembersAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await AddMemberAsync("u" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Stores a notice directly (as NoticeService would after validation) and returns it.</summary>
    public async Task<Notice> AddNoticeAsync(NoticeAudience audience, bool urgent = false, string? cron = null, string? textEn = null, string? activityId = null)
    {
        var notice = new Notice("n_" + Guid.NewGuid().ToString("N")[..12], NoticeKinds.Notice, "周六9点瑜伽课取消", textEn, activityId, audience,
            Clock.GetUtcNow(), cron, "Asia/Shanghai", urgent, NoticeStatus.Scheduled, Clock.GetUtcNow(), null);
        await Get<NoticeStore>().AddAsync(notice, CancellationToken.None);
        return notice;
    }

    /// <summary>Runs dispatcher rounds until a round finds nothing due; returns how many rows were handled.</summary>
    public async Task<int> DrainAsync(OutboxDispatcher? dispatcher = null)
    {
        dispatcher ??= Get<OutboxDispatcher>();
        var total = 0;
        while (await dispatcher.RunRoundAsync(CancellationToken.None) is var handled and > 0)
        {
            total += handled;
        }

        return total;
    }

    public ValueTask<IScheduler> QuartzAsync() => Get<ISchedulerFactory>().GetScheduler();

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        var scheduler = await QuartzAsync();
        await scheduler.Shutdown();
        await _services.DisposeAsync();
    }
}
