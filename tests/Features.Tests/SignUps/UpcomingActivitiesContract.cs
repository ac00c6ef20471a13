using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>
/// The upcoming-activities listing kept in memory (<c>UpcomingActivities</c>): every change one instance makes shows
/// in the very next listing of another instance on the same database, seat counts included, and a listing whose
/// change counter did not move is served from memory.
/// </summary>
public abstract class UpcomingActivitiesContract : IAsyncLifetime
{
    private SignUpDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CreateAsync();

    protected abstract Task<SignUpDatabase> CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Seats_taken_and_given_back_on_one_instance_show_in_the_next_listing_on_another()
    {
        var activity = await _db.CreateActivityAsync(capacity: 1);
        var other = _db.AnotherInstance();
        Assert.Equal((0, 0), Seats(await ListAsync(other), activity.Id));

        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        Assert.Equal((1, 0), Seats(await ListAsync(other), activity.Id));

        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 2), CancellationToken.None);
        Assert.Equal((1, 1), Seats(await ListAsync(other), activity.Id));

        await _db.SignUps.CancelAsync(activity.Id, new MemberKey("emulator", "user-1"), enforceDeadline: true, CancellationToken.None);
        Assert.Equal((1, 0), Seats(await ListAsync(other), activity.Id)); // member 2 promoted
    }

    [Fact]
    public async Task Activities_created_edited_and_cancelled_on_one_instance_show_in_the_next_listing_on_another()
    {
        var first = await _db.CreateActivityAsync(capacity: 2);
        var other = _db.AnotherInstance();
        Assert.Equal([first.Id], (await ListAsync(other)).Select(a => a.Id));

        var second = await _db.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(5));
        Assert.Equal([first.Id, second.Id], (await ListAsync(other)).Select(a => a.Id));

        var draft = new ActivityDraft(null, "改名的课", "Renamed", first.StartsAt, first.EndsAt, first.Place, 7, null, null, []);
        await _db.Activities.UpdateAsync(first.Id, draft, CancellationToken.None);
        var edited = (await ListAsync(other))[0];
        Assert.Equal(("改名的课", 7), (edited.Title, edited.Capacity));

        await _db.Activities.CancelAsync(first.Id, CancellationToken.None);
        Assert.Equal([second.Id], (await ListAsync(other)).Select(a => a.Id));
    }

    [Fact]
    public async Task A_listing_whose_change_counter_did_not_move_comes_from_memory()
    {
        var activity = await _db.CreateActivityAsync(capacity: 2);
        Assert.Equal(activity.Title, (await ListAsync(_db.Activities))[0].Title);

        // A change behind the counter's back (the trigger's bump taken back) is not seen: the rows came from memory.
        var before = await CounterAsync();
        await ExecuteAsync("UPDATE activities SET title = 'behind its back' WHERE id = @v", activity.Id);
        await ExecuteAsync(
            "UPDATE activity_listing_version SET version = version - ((SELECT SUM(version) FROM activity_listing_version) - @v) WHERE shard = (SELECT MIN(shard) FROM activity_listing_version)",
            before);
        Assert.Equal(activity.Title, (await ListAsync(_db.Activities))[0].Title);

        // The next real change moves the counter, and the listing is read again.
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, 1), CancellationToken.None);
        var listed = (await ListAsync(_db.Activities))[0];
        Assert.Equal(("behind its back", 1), (listed.Title, listed.Confirmed));
    }

    [Fact]
    public async Task An_activity_drops_out_of_the_kept_listing_once_it_has_started()
    {
        var soon = await _db.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromHours(1));
        var later = await _db.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromDays(2));
        Assert.Equal([soon.Id, later.Id], (await ListAsync(_db.Activities)).Select(a => a.Id));

        _db.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal([later.Id], (await ListAsync(_db.Activities)).Select(a => a.Id));
    }

    private static Task<IReadOnlyList<ActivityRecord>> ListAsync(ActivityStore store) => store.ListUpcomingAsync(null, 50, CancellationToken.None);

    private static (int Confirmed, int Waitlisted) Seats(IReadOnlyList<ActivityRecord> listed, string id)
    {
        var activity = listed.Single(a => a.Id == id);
        return (activity.Confirmed, activity.Waitlisted);
    }

    private async Task<long> CounterAsync()
    {
        await using var connection = await _db.Database.OpenReadAsync(CancellationToken.None);
        await using var sum = connection.Command("SELECT SUM(version) FROM activity_listing_version");
        return Convert.ToInt64(await sum.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<int> ExecuteAsync(string sql, object value) =>
        _db.Database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(sql, transaction).With("@v", value);
            return await command.ExecuteNonQueryAsync(CancellationToken.None);
        }, CancellationToken.None);
}

public sealed class SqliteUpcomingActivitiesTests : UpcomingActivitiesContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresUpcomingActivitiesTests(PostgresServer server) : UpcomingActivitiesContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync(server);
}
