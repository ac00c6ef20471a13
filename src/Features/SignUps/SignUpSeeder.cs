using EngageBot.Core.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Gives a fresh install the union's clubs and a few upcoming activities (dated from "now", in local time),
/// so members can try signing up at once (with their reminders scheduled). Runs after the migrations and only while there are no clubs.
/// </summary>
public sealed class SignUpSeeder(
    ClubStore clubs,
    SignUpService activities,
    IOptions<SignUpOptions> options,
    UnionTime time,
    TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedSamples || !await clubs.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        foreach (var club in SampleClubs.All)
        {
            await clubs.TryCreateAsync(club, cancellationToken);
        }

        var today = time.ToLocal(clock.GetUtcNow());
        foreach (var sample in SampleClubs.Activities)
        {
            var starts = Next(today, sample.Day, sample.At);
            await activities.CreateActivityAsync(new ActivityDraft(
                sample.ClubId, sample.Title, sample.TitleEn, starts, starts + sample.Length, sample.Place, sample.Capacity,
                Before(starts, today, TimeSpan.FromHours(12)), Before(starts, today, TimeSpan.FromHours(24)),
                [TimeSpan.FromHours(24), TimeSpan.FromHours(2)]), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A deadline <paramref name="usual"/> before the start, or halfway there when that has passed already (Saturday
    /// 09:30 yoga seeded on Friday morning: cancelling would start closed), so a fresh install's samples are all open.
    /// </summary>
    private static DateTimeOffset Before(DateTimeOffset starts, DateTimeOffset now, TimeSpan usual) =>
        starts - usual > now ? starts - usual : now + (starts - now) / 2;

    /// <summary>The next <paramref name="day"/> at <paramref name="at"/> local time, from tomorrow on (so within a week).</summary>
    private DateTimeOffset Next(DateTimeOffset now, DayOfWeek day, TimeSpan at)
    {
        var date = now.Date.AddDays(1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return time.FromLocal(date + at);
    }
}
