using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// Notices to Direct Line members are written in the outbox's own transaction: they reach open streams once
/// committed, and a round whose recording fails leaves nothing behind, so the retry after a restart is the only copy.
/// </summary>
public sealed class DirectLineNoticeDeliveryTests
{
    [Fact]
    public async Task A_notice_reaches_the_members_open_stream()
    {
        await using var bot = await BotHost.StartAsync(settings: MemberChats.Settings());
        var chats = new MemberChats(bot);
        var (_, _, streamUrl) = await chats.OpenStreamAsync("A001", "王芳");
        using var socket = await DirectLineClient.OpenAsync(streamUrl);

        await chats.CreateNoticeAsync(new { text = "明早体检请空腹", audience = new { members = new[] { "engagebot/dl_A001" } } });
        var seen = await DirectLineClient.ReceiveUntilAsync(socket, a => a.TryGetProperty("text", out var t) && t.GetString() == "明早体检请空腹");

        Assert.Equal("bot", seen.GetProperty("from").GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_round_whose_recording_fails_leaves_no_copy_so_members_get_the_notice_exactly_once()
    {
        var path = BotHost.NewDatabasePath();
        var bot = await BotHost.StartAsync(path, MemberChats.Settings());
        var chats = new MemberChats(bot);
        var alice = await chats.OpenChatAsync("A001", "王芳");
        var bob = await chats.OpenChatAsync("B002", "李强");
        Execute(path, "CREATE TRIGGER test_recording_fails BEFORE UPDATE OF status ON outbox WHEN NEW.status = 'sent' BEGIN SELECT RAISE(ABORT, 'recording fails'); END;");

        await chats.CreateNoticeAsync(new { text = "周五下午工会开放日", audience = new { members = new[] { "engagebot/dl_A001", "engagebot/dl_B002" } } });
        await WaitForClaimAsync(path);
        await bot.DisposeAsync(); // a graceful stop lets the failing round finish: its sends were made, recording them failed
        Execute(path, "DROP TRIGGER test_recording_fails;");
        await using var restarted = await BotHost.StartAsync(path, MemberChats.Settings());
        chats = new MemberChats(restarted);
        var id = Scalar(path, "SELECT id FROM notices");
        var report = await chats.SettledReportAsync(id, recipients: 2);

        Assert.Equal((2L, 2L, 0L), MemberChats.Counts(report));
        Assert.Single(await chats.BotTextsAsync(alice.ConversationId, alice.Token), t => t == "周五下午工会开放日");
        Assert.Single(await chats.BotTextsAsync(bob.ConversationId, bob.Token), t => t == "周五下午工会开放日");
    }

    private static async Task WaitForClaimAsync(string path)
    {
        for (var i = 0; i < 300 && Scalar(path, "SELECT COUNT(*) FROM outbox WHERE attempts > 0") != "2"; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("2", Scalar(path, "SELECT COUNT(*) FROM outbox WHERE attempts > 0"));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
