using System.Net;
using EngageBot.Bot.Tests.Members;
using EngageBot.Bot.Tests.Notices;
using EngageBot.Bot.Tests.Privacy;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// Issue 16: however a new conversation's reference is written (in its first turn or later), a member is reachable
/// right after that turn and after a crash that follows it. A crash is a copy of the file's committed pages taken while
/// the first host runs (SQLite's backup: what a killed process leaves), on which a second host starts.
/// </summary>
public sealed class FreshConversationReachTests
{
    [Fact]
    public async Task A_notice_fired_right_after_a_new_members_first_turn_reaches_them()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1");

        var id = await NoticeHost.CreateAsync(host, new { text = "第一次就收到", audience = new { all = true } });
        var received = await sink.NextAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(("conv-u1", "u1"), (received.Activity.Conversation!.Id, received.Activity.Recipient!.Id));
        Assert.Equal(1, (await NoticeHost.SettledReportAsync(host, id)).GetProperty("sent").GetInt64());
    }

    [Fact]
    public async Task A_notice_fired_right_after_a_members_turn_in_a_new_conversation_reaches_them_once()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var host = await BotHost.StartAsync(settings: NoticeHost.Settings);
        await NoticeHost.TalkAsync(host, sink, "u1");
        await TalkAsync(host, sink, "conv-u1-new", "u1");

        await NoticeHost.CreateAsync(host, new { text = "换了会话也收到", audience = new { all = true } });
        var received = await sink.NextAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("u1", received.Activity.Recipient!.Id);
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task After_a_crash_right_after_a_turn_in_a_new_conversation_the_member_is_reached_and_the_conversation_answers()
    {
        await using var sink = await ChannelSink.StartAsync();
        var crashed = BotHost.NewDatabasePath();
        await using (var first = await BotHost.StartAsync(settings: NoticeHost.Settings))
        {
            await NoticeHost.TalkAsync(first, sink, "u1");
            await TalkAsync(first, sink, "conv-u1-new", "u1");
            await RepliesSettledAsync(first);
            CopyCommitted(first.DatabasePath, crashed);
        }

        await using var second = await BotHost.StartAsync(crashed, NoticeHost.Settings);
        await NoticeHost.CreateAsync(second, new { text = "重启后也收到", audience = new { all = true } });
        var received = await sink.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("u1", received.Activity.Recipient!.Id);
        Assert.True(await sink.StaysQuietAsync(TimeSpan.FromSeconds(1)));

        // The new conversation's next turn is answered, and from then on the service can reach it by its key.
        await TalkAsync(second, sink, "conv-u1-new", "u1");
        var stored = await ReferenceWhenWrittenAsync(second, new MemberKey("emulator", "u1"), new ConversationKey("emulator", "conv-u1-new"));
        Assert.Equal(sink.ServiceUrl, stored?.ServiceUrl);
    }

    [Fact]
    public async Task A_group_is_found_by_its_key_right_after_its_first_turn_and_after_a_crash()
    {
        await using var sink = await ChannelSink.StartAsync();
        var crashed = BotHost.NewDatabasePath();
        var group = new ConversationKey("emulator", "group-1");
        ConversationReferenceRecord? right;
        await using (var first = await BotHost.StartAsync(settings: NoticeHost.Settings))
        {
            var message = Activities.Message(sink.ServiceUrl, "帮助", conversationId: "group-1", userId: "u1") with
            {
                Conversation = new ConversationAccount { Id = "group-1", IsGroup = true },
            };
            using (var response = await first.PostActivityAsync(message))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            right = await first.Services.GetRequiredService<IStateStore>().GetReferenceAsync(GroupMember, group, CancellationToken.None);
            CopyCommitted(first.DatabasePath, crashed);
        }

        await using var second = await BotHost.StartAsync(crashed, NoticeHost.Settings);
        var after = await second.Services.GetRequiredService<IStateStore>().GetReferenceAsync(GroupMember, group, CancellationToken.None);

        Assert.True(right?.IsGroup);
        Assert.True(after?.IsGroup);
        Assert.Equal(sink.ServiceUrl, after?.ServiceUrl);
    }

    [Fact]
    public async Task A_held_notice_reaches_a_member_whose_first_sign_in_was_followed_by_a_crash()
    {
        var crashed = BotHost.NewDatabasePath();
        string id;
        await using (var first = await BotHost.StartAsync(settings: MemberChats.Settings()))
        {
            var chats = new MemberChats(first);
            var (imported, _) = await RosterApi.ImportAsync(first.Admin, "会员号,姓名,手机号,工会\nBJ-2,王芳,13800000002,朝阳区总工会/甲公司工会\n");
            imported.EnsureSuccessStatusCode();
            id = await chats.CreateNoticeAsync(new { text = "甲公司工会周五下午开会", audience = new { units = new[] { "朝阳区总工会 > 甲公司工会" } } });
            Assert.Equal(1, (await chats.SettledReportAsync(id)).GetProperty("waiting").GetInt64());

            await chats.OpenChatAsync("BJ-2", "王芳");
            CopyCommitted(first.DatabasePath, crashed);
        }

        await using var second = await BotHost.StartAsync(crashed, MemberChats.Settings());
        var report = await SentReportAsync(second, id);

        Assert.Equal((1L, 1L, 0L), MemberChats.Counts(report));
        Assert.Equal(0, report.GetProperty("waiting").GetInt64());
    }

    private static async Task TalkAsync(BotHost host, ChannelSink sink, string conversationId, string userId)
    {
        using var response = await host.PostActivityAsync(Activities.Message(sink.ServiceUrl, "你好", conversationId, userId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await sink.NextAsync();
    }

    /// <summary>
    /// Waits until the replies' outbox rows are gone: a reply reaches the channel before its row's deletion commits,
    /// and a crash in between repeats it under the same activity id (documented at-least-once), which is not what
    /// "a crash right after a turn" means here.
    /// </summary>
    private static async Task RepliesSettledAsync(BotHost host)
    {
        var database = host.Services.GetRequiredService<IDatabase>();
        for (var i = 0; await PersonalDataSeed.ScalarAsync(database, "SELECT COUNT(*) FROM outbox") > 0; i++)
        {
            Assert.True(i < 100, "the replies' outbox rows were not settled within 10 s");
            await Task.Delay(100);
        }
    }

    /// <summary>The committed pages of a running host's file, as a crash at this moment would leave them.</summary>
    private static void CopyCommitted(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        using var source = new SqliteConnection($"Data Source={from};Pooling=False");
        using var target = new SqliteConnection($"Data Source={to};Pooling=False");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>A reference may be written after the turn's reply (in a later batch): waits for it, up to 10 s.</summary>
    // A group's reference is stored under the group itself (layout E).
    private static readonly MemberKey GroupMember = new("emulator", "group-1");

    private static async Task<ConversationReferenceRecord?> ReferenceWhenWrittenAsync(BotHost host, MemberKey member, ConversationKey conversation)
    {
        var store = host.Services.GetRequiredService<IStateStore>();
        for (var i = 0; i < 100; i++)
        {
            if (await store.GetReferenceAsync(member, conversation, CancellationToken.None) is { } stored)
            {
                return stored;
            }

            await Task.Delay(100);
        }

        return null;
    }

    private static async Task<System.Text.Json.JsonElement> SentReportAsync(BotHost host, string id)
    {
        for (var i = 0; ; i++)
        {
            var report = await host.SettledNoticeReportAsync(id);
            if (report.GetProperty("sent").GetInt64() > 0 || i == 100)
            {
                return report;
            }

            await Task.Delay(100);
        }
    }
}
