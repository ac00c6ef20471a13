using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.Core.State;
using EngageBot.Features.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Operations;

/// <summary>
/// The documented restore (README, "Operations"): stop the service, copy a backup over the database file, start.
/// A backup taken through the admin API while members keep signing up restores to a service that has every
/// sign-up committed before the backup began, the notice and the staff account made before it, and none of the
/// sign-ups made after it answered.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_under_sign_up_load_restores_to_a_service_with_everything_committed_before_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "engagebot-tests", Guid.NewGuid().ToString("N"), "backups");
        var settings = new Dictionary<string, string?> { ["Backup:Folder"] = folder };
        string activityId, noticeId, backupName;
        string[] committedBefore;
        int writtenInAll;
        await using (var host = await SignUpTestHost.StartAsync(settings: settings))
        {
            activityId = await host.CreateActivityAsync(capacity: 20, startsIn: TimeSpan.FromDays(3));
            using (var staff = await host.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName = "clerk", password = "Clerk-Pass-2026", role = "staff" }))
            {
                Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
            }

            using (var notice = await host.AdminAsync(HttpMethod.Post, "api/admin/notices",
                new { text = "周五联欢会", audience = new { members = new[] { "emulator/u9" } }, sendAt = host.Clock.GetUtcNow().AddDays(2) }))
            {
                Assert.Equal(HttpStatusCode.Created, notice.StatusCode);
                noticeId = (await notice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            }

            var service = host.Bot.Services.GetRequiredService<SignUpService>();
            var committed = new ConcurrentQueue<string>();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var member = $"w{w}-{i:D5}";
                    await service.SignUpAsync(new SignUpRequest(activityId, new MemberKey("emulator", member), "会员" + member, "zh",
                        new ConversationKey("emulator", "dm-" + member), "src-" + member), CancellationToken.None);
                    committed.Enqueue(member); // only once the sign-up has committed
                }
            })).ToArray();

            await WaitUntilAsync(() => committed.Count >= 200, writers);
            committedBefore = [.. committed];
            using var backup = await host.AdminAsync(HttpMethod.Post, "api/admin/backups");
            var answeredAt = committed.Count;
            await WaitUntilAsync(() => committed.Count >= answeredAt + 50, writers);
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            writtenInAll = committed.Count;

            Assert.Equal(HttpStatusCode.Created, backup.StatusCode);
            backupName = (await backup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString()!;
        }

        // Restore: the service is stopped; the backup becomes the database file of a new start.
        var restored = BotHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        File.Copy(Path.Combine(folder, backupName), restored);
        await using (var host = await SignUpTestHost.StartAsync(databasePath: restored, settings: settings))
        {
            var roster = await host.Bot.Services.GetRequiredService<SignUpLists>().GetRosterAsync(activityId, CancellationToken.None);
            var members = roster.Select(r => r.Member.UserId).ToHashSet();

            Assert.Subset(members, committedBefore.ToHashSet());
            Assert.InRange(members.Count, committedBefore.Length, writtenInAll - 50);
            Assert.Equal(20, roster.Count(r => r.Status == SignUpStatus.Confirmed));
            using var notice = await host.AdminAsync(HttpMethod.Get, $"api/admin/notices/{noticeId}");
            Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
            Assert.False(string.IsNullOrEmpty(await host.TokenAsync("clerk", "Clerk-Pass-2026")));
        }
    }

    // Waits for the load to reach a point (not an assertion, so no time limit); a writer that failed fails the test.
    private static async Task WaitUntilAsync(Func<bool> reached, Task[] writers)
    {
        while (!reached())
        {
            if (writers.Any(w => w.IsCompleted))
            {
                await Task.WhenAll(writers);
                Assert.Fail("the sign-up load stopped before the backup was taken");
            }

            await Task.Delay(10);
        }
    }
}
