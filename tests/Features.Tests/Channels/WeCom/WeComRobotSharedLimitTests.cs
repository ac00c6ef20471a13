using System.Net;
using EngageBot.Core.Limits;
using EngageBot.Features.Channels.WeCom.Robots;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom;

/// <summary>
/// The robot limit as two clustered instances see it: two limiters (each with its own memory) on one PostgreSQL
/// database. WeCom allows 20 messages in any minute, so the count is a sliding minute shared through the database:
/// never 21 between the two, and not 20 more just because a new minute began.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WeComRobotSharedLimitTests(PostgresServer server) : IAsyncLifetime
{
    private const string Robot = "一车间职工群";
    private readonly ManualClock _clock = new();
    private IDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabases.PostgresAsync(server, _clock);

    public async Task DisposeAsync() => await TestDatabases.DisposeAsync(_database);

    [Fact]
    public async Task Two_instances_taking_at_once_get_twenty_slots_between_them_and_the_rest_wait_a_minute()
    {
        var (first, second) = (Instance(), Instance());

        var takes = Enumerable.Range(0, 40).Select(i => TryTakeAsync(i % 2 == 0 ? first : second)).ToList();
        var outcomes = await Task.WhenAll(takes);

        Assert.Equal(20, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<HttpRequestException>(), refused =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(1), refused.Data["RetryAfter"]);
        });
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await TryTakeAsync(second));
    }

    [Fact]
    public async Task The_minute_slides_so_a_new_minute_does_not_bring_twenty_more_at_once()
    {
        var (first, second) = (Instance(), Instance());
        await first.TakeAsync(Robot, 20, CancellationToken.None); // 08:00:00
        _clock.Advance(TimeSpan.FromSeconds(59));
        for (var i = 0; i < 19; i++)
        {
            await (i % 2 == 0 ? second : first).TakeAsync(Robot, 20, CancellationToken.None); // 08:00:59
        }

        var full = await TryTakeAsync(second);
        _clock.Advance(TimeSpan.FromSeconds(1)); // 08:01:00: only the first message is a minute old
        var freed = await TryTakeAsync(first);
        var stillFull = await TryTakeAsync(Instance());

        Assert.Equal(TimeSpan.FromSeconds(1), full?.Data["RetryAfter"]);
        Assert.Null(freed);
        Assert.Equal(TimeSpan.FromSeconds(59), stillFull?.Data["RetryAfter"]); // a fixed window would have let 19 more through here
        Assert.Null(await TryTakeAsync(second, robot: "二车间职工群")); // another robot has its own 20
    }

    private RobotRateLimiter Instance() => new(_clock, new RateSlots(_database, new ClusterRegistration(true), _clock));

    private static async Task<HttpRequestException?> TryTakeAsync(RobotRateLimiter limiter, string robot = Robot)
    {
        try
        {
            await limiter.TakeAsync(robot, 20, CancellationToken.None);
            return null;
        }
        catch (HttpRequestException refused)
        {
            return refused;
        }
    }
}
