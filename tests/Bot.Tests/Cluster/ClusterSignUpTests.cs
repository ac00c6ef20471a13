using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngageBot.Features.Channels.BotFramework;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Cluster;

/// <summary>
/// Issue 14, test 3: 1,000 members press "sign up" for 20 seats, spread over three instances on one PostgreSQL.
/// The database decides (capacity trigger, one seat per member), so exactly 20 are confirmed whichever instance
/// took the press, the waitlist follows the order presses were committed, and every press gets one answer.
/// </summary>
public sealed partial class ClusterSignUpTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Presses = 1000;
    private const int Seats = 20;

    // Presses in flight at once from the test; enough to overlap on every instance without queueing thousands of sockets.
    private const int InFlight = 48;

    [Fact]
    public async Task A_thousand_presses_over_three_instances_confirm_exactly_twenty_and_queue_the_rest_in_press_order_with_one_answer_each()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var sink = await ChannelSink.StartAsync();
        var hosts = new List<BotHost>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var settings = ClusterNotices.Settings(connectionString);
                settings["Turns:TypingDelay"] = "00:10:00"; // a press slowed by a loaded machine sends no "typing…" to count
                hosts.Add(await BotHost.StartAsync(settings: settings));
                hosts[i].Services.GetRequiredService<TrustedServiceUrls>().Trust(sink.ServiceUrl);
            }

            var activityId = await CreateActivityAsync(hosts[2]);
            var members = Enumerable.Range(0, Presses).Select(i => $"p{i:D4}").ToList();

            // Each press records how many presses had been answered when it was sent: those must be ahead of it.
            var answered = 0;
            var answeredBefore = new int[Presses];
            var answerOrder = new int[Presses];
            using var slots = new SemaphoreSlim(InFlight);
            await Task.WhenAll(members.Select(async (member, i) =>
            {
                await slots.WaitAsync();
                try
                {
                    answeredBefore[i] = Volatile.Read(ref answered);
                    using var response = await hosts[i % 3].PostActivityAsync(ClusterActivities.PostBack(sink.ServiceUrl, member, "signup", activityId));
                    response.EnsureSuccessStatusCode();
                    answerOrder[i] = Interlocked.Increment(ref answered) - 1;
                }
                finally
                {
                    slots.Release();
                }
            }));

            var replies = await ClusterActivities.WaitForAsync(sink, Presses);
            Assert.True(await ClusterActivities.NothingMoreAsync(sink, TimeSpan.FromMilliseconds(500)), $"{sink.All.Count} received");
            Assert.Equal(Presses, sink.All.Count);
            Assert.All(replies, r => Assert.Equal("message", r.Activity.Type));
            Assert.Equal(members.Order(StringComparer.Ordinal), replies.Select(r => r.Activity.Recipient!.Id!).Order(StringComparer.Ordinal));

            // What each member was told, by member: 0 for a seat, else their place in the queue.
            var told = replies.ToDictionary(r => r.Activity.Recipient!.Id!, r => Told(r.Activity.Text!));
            Assert.Equal(Seats, told.Values.Count(p => p == 0));
            Assert.Equal(Enumerable.Range(1, Presses - Seats), told.Values.Where(p => p > 0).Order());

            // The stored queue is what members were told, in the order the sign-ups were committed.
            var roster = await hosts[1].Services.GetRequiredService<SignUpLists>().GetRosterAsync(activityId, CancellationToken.None);
            Assert.Equal(Seats, roster.Count(r => r.Status == SignUpStatus.Confirmed));
            var queue = roster.Where(r => r.Status == SignUpStatus.Waitlisted).ToList();
            Assert.Equal(Enumerable.Range(1, Presses - Seats), queue.Select(r => r.QueuePlace!.Value));
            Assert.All(queue, r => Assert.Equal(told[r.Member.UserId], r.QueuePlace));
            Assert.All(roster.Where(r => r.Status == SignUpStatus.Confirmed), r => Assert.Equal(0, told[r.Member.UserId]));
            Assert.Equal(Presses, await ClusterNotices.CountAsync(connectionString, "SELECT count(*) FROM signups WHERE activity_id = @p", activityId));

            // Press order: a press sent after another was answered is behind it (a seat counts as place 0).
            var byAnswer = new int[Presses];
            for (var i = 0; i < Presses; i++)
            {
                byAnswer[answerOrder[i]] = told[members[i]];
            }

            var highestSoFar = new int[Presses + 1];
            for (var k = 0; k < Presses; k++)
            {
                highestSoFar[k + 1] = Math.Max(highestSoFar[k], byAnswer[k]);
            }

            Assert.All(Enumerable.Range(0, Presses).Where(i => told[members[i]] > 0),
                i => Assert.True(highestSoFar[answeredBefore[i]] < told[members[i]], $"{members[i]} (place {told[members[i]]}) was sent after a press that got a later place"));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static int Told(string text)
    {
        if (text.StartsWith("报名成功", StringComparison.Ordinal))
        {
            return 0;
        }

        var place = QueuePlace().Match(text);
        Assert.True(place.Success, "neither a seat nor a queue place: " + text);
        return int.Parse(place.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<string> CreateActivityAsync(BotHost host)
    {
        var startsAt = DateTimeOffset.UtcNow.AddDays(3);
        using var response = await host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = "全市职工运动会",
            titleEn = "City games",
            startsAt = startsAt.ToString("O"),
            endsAt = startsAt.AddHours(2).ToString("O"),
            place = "体育中心",
            capacity = Seats,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("已进入候补，第([0-9]+)位")]
    private static partial Regex QueuePlace();
}
