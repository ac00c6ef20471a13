using EngageBot.Core.State;
using EngageBot.Core.Time;
using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.CheckIn;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>QR check-in tokens (171_checkin_tokens) and attendance figures on each provider's schema.</summary>
public abstract class CheckInTokenStoreContract : IAsyncLifetime
{
    private SignUpDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CreateAsync();

    protected abstract Task<SignUpDatabase> CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_token_is_made_once_resolves_to_its_activity_and_stops_resolving_when_replaced()
    {
        var tokens = new CheckInTokenStore(_db.Database, _db.Clock);
        var activity = await _db.CreateActivityAsync(capacity: 5);
        var other = await _db.CreateActivityAsync(capacity: 5);

        var first = await tokens.TokenForAsync(activity.Id, CancellationToken.None);
        var again = await tokens.TokenForAsync(activity.Id, CancellationToken.None);
        var others = await tokens.TokenForAsync(other.Id, CancellationToken.None);
        var replaced = await tokens.ReplaceAsync(activity.Id, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(22, first.Length);
        Assert.NotEqual(first, others);
        Assert.NotEqual(first, replaced);
        Assert.Null(await tokens.ActivityOfAsync(first, CancellationToken.None));
        Assert.Equal(activity.Id, await tokens.ActivityOfAsync(replaced, CancellationToken.None));
        Assert.Equal(other.Id, await tokens.ActivityOfAsync(others, CancellationToken.None));
        Assert.Null(await tokens.ActivityOfAsync(activity.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Attendance_counts_seats_and_check_ins_per_activity_and_per_month()
    {
        var attendance = new AttendanceStore(_db.Database, _db.Clock, UnionTime.For("Asia/Shanghai"));
        var activity = await _db.CreateActivityAsync(capacity: 2, startsIn: TimeSpan.FromMinutes(30));
        for (var i = 1; i <= 3; i++)
        {
            await _db.SignUps.SignUpAsync(SignUpDatabase.Request(activity.Id, i), CancellationToken.None);
        }

        var checkedIn = await _db.CheckIns.CheckInToAsync(new MemberKey("emulator", "user-1"), activity.Id, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        var twice = await _db.CheckIns.CheckInToAsync(new MemberKey("emulator", "user-1"), activity.Id, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        _db.Clock.Advance(TimeSpan.FromHours(1));
        var month = Assert.Single(await attendance.MonthlyAsync(null, 6, CancellationToken.None));

        Assert.Equal(CheckInResultKind.CheckedIn, checkedIn.Kind);
        Assert.Equal(CheckInResultKind.AlreadyCheckedIn, twice.Kind);
        Assert.Equal((2, 1, 1), await attendance.ForActivityAsync(activity.Id, CancellationToken.None));
        Assert.Equal((1, 2, 1, 0.5), (month.Activities, month.Held, month.Attended, month.Rate));
    }

    [Fact]
    public async Task Attendance_per_activity_lists_started_activities_newest_first_and_leaves_out_upcoming_ones()
    {
        var attendance = new AttendanceStore(_db.Database, _db.Clock, UnionTime.For("Asia/Shanghai"));
        var earlier = await _db.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromMinutes(20));
        var later = await _db.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromMinutes(40));
        await _db.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromDays(2));
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(earlier.Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(earlier.Id, 2), CancellationToken.None);
        await _db.CheckIns.CheckInToAsync(new MemberKey("emulator", "user-2"), earlier.Id, TimeSpan.FromHours(1), TimeSpan.FromHours(3), CancellationToken.None);
        _db.Clock.Advance(TimeSpan.FromHours(1));

        var rows = await attendance.ActivitiesAsync(null, 6, CancellationToken.None);
        var none = await attendance.ActivitiesAsync("no-such-club", 6, CancellationToken.None);

        Assert.Equal([later.Id, earlier.Id], rows.Select(r => r.ActivityId));
        Assert.Equal(("瑜伽体验课", "2026-11", 2, 1, 0.5), (rows[1].Title, rows[1].Month, rows[1].Held, rows[1].Attended, rows[1].Rate));
        Assert.Equal((0, 0), (rows[0].Held, rows[0].Attended));
        Assert.Empty(none);
    }
}

public sealed class SqliteCheckInTokenStoreTests : CheckInTokenStoreContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCheckInTokenStoreTests(PostgresServer server) : CheckInTokenStoreContract
{
    protected override Task<SignUpDatabase> CreateAsync() => SignUpDatabase.CreateAsync(server);
}
