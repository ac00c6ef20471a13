using EngageBot.Core.Time;
using EngageBot.Features.SignUps;
using EngageBot.Features.SignUps.Series;

namespace EngageBot.Features.Tests.SignUps;

/// <summary>Recurring series on each provider: occurrences are ordinary activities; "from here on" changes and cancels only those to come.</summary>
public abstract partial class ActivityChangeContract
{
    private static readonly UnionTime Shanghai = UnionTime.For("Asia/Shanghai");

    [Fact]
    public async Task A_weekly_series_creates_its_occurrences_at_the_same_local_time_each_with_its_own_seats()
    {
        var series = await CreateSeriesAsync(4);

        Assert.Equal([1, 2, 3, 4], series.Occurrences.Select(o => o.SeriesIndex!.Value));
        Assert.All(series.Occurrences, o => Assert.Equal(series.Series.Id, o.SeriesId));
        Assert.Equal(4, series.Occurrences.Select(o => o.Id).Distinct().Count());
        Assert.All(series.Occurrences, o => Assert.Equal((DayOfWeek.Wednesday, new TimeSpan(19, 0, 0)),
            (Shanghai.ToLocal(o.StartsAt).DayOfWeek, Shanghai.ToLocal(o.StartsAt).TimeOfDay)));
        Assert.Equal(TimeSpan.FromDays(21), series.Occurrences[3].StartsAt - series.Occurrences[0].StartsAt);
        Assert.Equal(TimeSpan.FromHours(-2), series.Occurrences[2].SignUpDeadline - series.Occurrences[2].StartsAt);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(series.Occurrences[0].Id, 1), CancellationToken.None);
        Assert.Equal([1, 0, 0, 0], (await ReloadAsync(series.Series.Id)).Select(o => o.Confirmed));
    }

    [Fact]
    public async Task Changing_from_one_occurrence_on_moves_only_those_and_each_tells_its_own_members()
    {
        var series = await CreateSeriesAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await _db.SignUps.SignUpAsync(SignUpDatabase.Request(series.Occurrences[i].Id, 10 + i), CancellationToken.None);
        }

        var store = new SeriesStore(_db.Database, _db.Clock);
        var patch = new SeriesPatch(null, null, "工人文化宫", null, new TimeOnly(19, 30), null, null);
        var result = await store.ChangeFutureAsync(series.Series.Id, series.Occurrences[1].Id, o => patch.Apply(o, Shanghai), CancellationToken.None);

        Assert.Equal(SeriesChangeKind.Changed, result.Kind);
        var after = await ReloadAsync(series.Series.Id);
        Assert.Equal(["职工之家 3 楼", "工人文化宫", "工人文化宫"], after.Select(o => o.Place));
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)], after.Zip(series.Occurrences, (a, b) => a.StartsAt - b.StartsAt));
        Assert.Equal([TimeSpan.FromHours(2), TimeSpan.FromHours(2)], after.Skip(1).Select(o => o.EndsAt!.Value - o.StartsAt));
        Assert.Equal(
            [$"activity_changed|{series.Occurrences[1].Id}|1|emulator/user-11", $"activity_changed|{series.Occurrences[2].Id}|1|emulator/user-12"],
            await KeysAsync("activity_changed"));
    }

    [Fact]
    public async Task A_capacity_below_one_occurrences_seats_refuses_the_whole_change()
    {
        var series = await CreateSeriesAsync(2);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(series.Occurrences[1].Id, 1), CancellationToken.None);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(series.Occurrences[1].Id, 2), CancellationToken.None);
        var patch = new SeriesPatch(null, null, "别处", 1, null, null, null);

        var result = await new SeriesStore(_db.Database, _db.Clock).ChangeFutureAsync(
            series.Series.Id, null, o => patch.Apply(o, Shanghai), CancellationToken.None);

        Assert.Equal((SeriesChangeKind.CapacityBelowConfirmed, series.Occurrences[1].Id), (result.Kind, result.Blocking!.Id));
        Assert.All(await ReloadAsync(series.Series.Id), o => Assert.Equal(("职工之家 3 楼", 10), (o.Place, o.Capacity)));
        Assert.Empty(await KeysAsync("activity_changed"));
    }

    [Fact]
    public async Task Cancelling_from_here_on_leaves_started_and_earlier_occurrences_and_tells_the_members_of_the_rest()
    {
        var series = await CreateSeriesAsync(3);
        await _db.SignUps.SignUpAsync(SignUpDatabase.Request(series.Occurrences[2].Id, 1), CancellationToken.None);
        _db.Clock.Set(series.Occurrences[0].StartsAt.AddMinutes(10));
        var store = new SeriesStore(_db.Database, _db.Clock);

        var result = await store.CancelFutureAsync(series.Series.Id, null, CancellationToken.None);

        Assert.Equal(2, result.Results.Count);
        Assert.Equal([ActivityStatus.Active, ActivityStatus.Cancelled, ActivityStatus.Cancelled], (await ReloadAsync(series.Series.Id)).Select(o => o.Status));
        Assert.Single(await KeysAsync("signup_cancelled"));
        Assert.Equal(SeriesChangeKind.NotFound, (await store.CancelFutureAsync("ser-nope", null, CancellationToken.None)).Kind);
        Assert.Equal(SeriesChangeKind.NotFound, (await store.CancelFutureAsync(series.Series.Id, series.Occurrences[0].Id, CancellationToken.None)).Kind);
    }

    /// <summary>Wednesdays 19:00–21:00 Shanghai time from the first one after the test clock, sign-up closing 2 h before.</summary>
    private async Task<SeriesWithOccurrences> CreateSeriesAsync(int count)
    {
        var day = Shanghai.Today(_db.Clock.GetUtcNow()).AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(1);
        }

        var start = Shanghai.FromLocal(day.ToDateTime(new TimeOnly(19, 0)));
        var first = new ActivityDraft(null, "周三羽毛球", "Badminton", start, start.AddHours(2), "职工之家 3 楼", 10, start.AddHours(-2), null, [TimeSpan.FromHours(2)]);
        return await new SeriesStore(_db.Database, _db.Clock).CreateAsync(
            first.Title, null, 1, SeriesPlan.Occurrences(first, count, 1, Shanghai), CancellationToken.None);
    }

    private async Task<IReadOnlyList<ActivityRecord>> ReloadAsync(string seriesId) =>
        (await new SeriesStore(_db.Database, _db.Clock).GetAsync(seriesId, CancellationToken.None))!.Occurrences;
}
