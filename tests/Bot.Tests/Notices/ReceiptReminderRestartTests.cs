using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// The automatic receipt reminder is on Quartz's persistent store: scheduled when the notice fires, it survives the
/// service stopping, fires when it comes due on the next start, reaches each unconfirmed member once, and a further
/// restart sends nothing again.
/// </summary>
public sealed class ReceiptReminderRestartTests
{
    private static Activity Say(ChannelSink sink, string user, string text) => Activities.Message(sink.ServiceUrl, text, conversationId: "conv-" + user, userId: user);

    private static Task<BotHost> StartAsync(string path, ManualClock clock) =>
        BotHost.StartAsync(path, NoticeHost.Settings, b => b.Services.AddSingleton<TimeProvider>(clock));

    [Fact]
    public async Task The_automatic_reminder_scheduled_before_a_restart_reaches_each_unconfirmed_member_once_after_it()
    {
        await using var sink = await ChannelSink.StartAsync();
        var clock = ManualClock.StartingNow();
        var path = BotHost.NewDatabasePath();
        string id;
        await using (var before = await StartAsync(path, clock))
        {
            await NoticeHost.TalkAsync(before, sink, "u1", "u2", "u3");
            id = await NoticeHost.CreateAsync(before, new
            {
                text = "周五上午体检，请空腹",
                askReceipt = true,
                remindAfterHours = 3,
                audience = new { members = new[] { "emulator/u1", "emulator/u2", "emulator/u3" } },
            });
            await NoticeHost.ReceiveAsync(sink, 3);
            await NoticeHost.SettledReportAsync(before, id);
            (await before.PostActivityAsync(Say(sink, "u1", "收到"))).EnsureSuccessStatusCode();
            Assert.StartsWith("已确认收到通知", (await sink.NextAsync()).Activity.Text, StringComparison.Ordinal);
            var trigger = $"QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'receipt-reminders' AND TRIGGER_NAME = '{id}'";
            for (var wait = 0; wait < 100 && before.Count(trigger) == 0; wait++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(1L, before.Count(trigger));
            Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)), "the reminder went out before it was due");
        }

        // Stopped past the due time; on the next start the reminder comes due at once.
        clock.Advance(TimeSpan.FromHours(3));
        await using (var after = await StartAsync(path, clock))
        {
            var reminders = await NoticeHost.ReceiveAsync(sink, 2);

            Assert.Equal(["conv-u2", "conv-u3"], reminders.Select(r => r.Activity.Conversation!.Id!).Order());
            Assert.All(reminders, r => Assert.StartsWith("【提醒】", r.Activity.Text, StringComparison.Ordinal));
            Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)), "a member was reminded twice");
            var unconfirmed = await after.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/receipts?state=unconfirmed");
            Assert.Equal(2, unconfirmed.GetProperty("members").GetArrayLength());
        }

        clock.Advance(TimeSpan.FromHours(1));
        await using var again = await StartAsync(path, clock);
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(2)), "the reminder was sent again after a second restart");
        Assert.Equal(1L, again.Count($"notices WHERE id = '{id}-auto'"));
    }
}
