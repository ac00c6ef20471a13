using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.Changes;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>
/// Changes of time or place, straight against each provider's schema: recorded with a version, one outbox row per
/// member signed up or waiting (keyed by activity + version + member) in the change's own transaction; other changes,
/// or the same values again, record and queue nothing.
/// </summary>
public abstract partial class ActivityChangeContract : IAsyncLifetime
{
    private SignUpDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CreateAsync();

    protected abstract Task<SignUpDatabase> CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_new_time_and_place_is_recorded_and_queues_one_row_for_each_member_signed_up_or_waiting()
    {
        var activity = await _db.CreateActivityAsync(capacity: 2);
        for (var member = 1; member <= 4; member++)
        {
            await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, member), CancellationToken.None);
        }

        await _db.SignUps.CancelAsync(activity.Id, SignUpDatabase.Request(activity.Id, 4).Member, enforceDeadline: false, CancellationToken.None);
        var before = (await _db.OutboxAsync()).Count;
        var moved = Draft(activity) with { StartsAt = activity.StartsAt.AddDays(1), EndsAt = activity.EndsAt!.Value.AddDays(1), Place = "工人文化宫 2 楼" };

        var result = await _db.Activities.UpdateAsync(activity.Id, moved, CancellationToken.None);

        var change = Assert.Single(await new ActivityChangeStore(_db.Database).ListAsync(activity.Id, CancellationToken.None));
        Assert.Equal(1, change.Version);
        Assert.Equal(new ActivitySchedule(activity.StartsAt, activity.EndsAt, "职工之家 3 楼"), change.Old);
        Assert.Equal(new ActivitySchedule(moved.StartsAt, moved.EndsAt, "工人文化宫 2 楼"), change.New);
        Assert.True(change.TimeChanged && change.PlaceChanged);
        var rows = (await _db.OutboxAsync()).Where(r => r.Kind == "activity_changed").ToList();
        Assert.Equal(rows.Select(r => r.Id), result.NoticeIds);
        Assert.Equal(["emulator/user-1", "emulator/user-2", "emulator/user-3"], rows.Select(r => r.Member));
        Assert.Equal(["emulator/conv-1", "emulator/conv-2", "emulator/conv-3"], rows.Select(r => r.Conversation));
        Assert.All(rows, r => Assert.StartsWith(change.Id + ":", r.Subject, StringComparison.Ordinal));
        Assert.Equal(before + 3, (await _db.OutboxAsync()).Count);
    }

    [Fact]
    public async Task A_second_change_is_version_2_with_its_own_rows_and_the_keys_name_activity_version_and_member()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);

        await _db.Activities.UpdateAsync(activity.Id, Draft(activity) with { Place = "A 楼" }, CancellationToken.None);
        await _db.Activities.UpdateAsync(activity.Id, Draft(activity) with { Place = "B 楼" }, CancellationToken.None);

        var changes = await new ActivityChangeStore(_db.Database).ListAsync(activity.Id, CancellationToken.None);
        Assert.Equal([1, 2], changes.Select(c => c.Version));
        Assert.Equal(("A 楼", "B 楼"), (changes[1].Old.Place, changes[1].New.Place));
        Assert.False(changes[1].TimeChanged);
        Assert.Equal(
            [$"activity_changed|{activity.Id}|1|emulator/user-1", $"activity_changed|{activity.Id}|2|emulator/user-1"],
            await KeysAsync("activity_changed"));
    }

    [Fact]
    public async Task Changing_only_title_capacity_or_deadlines_or_saving_the_same_values_records_and_sends_nothing()
    {
        var activity = await _db.CreateActivityAsync(capacity: 5);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        var before = (await _db.OutboxAsync()).Count;

        await _db.Activities.UpdateAsync(activity.Id, Draft(activity), CancellationToken.None);
        await _db.Activities.UpdateAsync(activity.Id, Draft(activity) with
        {
            Title = "瑜伽体验课（新）", Capacity = 8, SignUpDeadline = activity.StartsAt.AddHours(-5), ReminderLeadTimes = [TimeSpan.FromHours(3)],
        }, CancellationToken.None);

        Assert.Empty(await new ActivityChangeStore(_db.Database).ListAsync(activity.Id, CancellationToken.None));
        Assert.Equal(before, (await _db.OutboxAsync()).Count);
    }

    [Fact]
    public async Task A_refused_change_records_and_queues_nothing()
    {
        var activity = await _db.CreateActivityAsync(capacity: 2);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2), CancellationToken.None);

        var result = await _db.Activities.UpdateAsync(activity.Id, Draft(activity) with { Capacity = 1, Place = "别处" }, CancellationToken.None);

        Assert.Equal(ActivityUpdateKind.CapacityBelowConfirmed, result.Kind);
        Assert.Empty(await new ActivityChangeStore(_db.Database).ListAsync(activity.Id, CancellationToken.None));
        Assert.Empty(await KeysAsync("activity_changed"));
    }

    private static ActivityDraft Draft(ActivityRecord a) => new(
        a.ClubId, a.Title, a.TitleEn, a.StartsAt, a.EndsAt, a.Place, a.Capacity, a.SignUpDeadline, a.CancelDeadline, a.ReminderLeadTimes);

    private async Task<List<string>> KeysAsync(string kind)
    {
        await using var connection = await _db.Database.OpenReadAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT idempotency_key FROM outbox WHERE kind = @k ORDER BY id").With("@k", kind);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}

public sealed class SqliteActivityChangeTests : ActivityChangeContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresActivityChangeTests(PostgresServer server) : ActivityChangeContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync(server);
}
