using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>Notices to groups and to "all" reach group members (Direct Line users) in their own 1:1 chat, once.</summary>
public sealed class GroupNoticeAudienceTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private MemberChats _chats = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: MemberChats.Settings());
        _chats = new MemberChats(_bot);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task A_group_notice_reaches_each_members_own_chat_once_and_all_reaches_everyone_once()
    {
        var groupId = (await _chats.Groups.CreateGroupAsync("瑜伽群")).GetProperty("groupId").GetString()!;
        await _chats.Groups.AddMemberAsync(groupId, "A001", "王芳");
        await _chats.Groups.AddMemberAsync(groupId, "b002", "李强");
        var alice = await _chats.OpenChatAsync("A001", "王芳");
        var bob = await _chats.OpenChatAsync("B002", "李强");
        var carol = await _chats.OpenChatAsync("C003", "张敏");

        var toGroup = await _chats.CreateNoticeAsync(new { text = "周六瑜伽改到10点", audience = new { groups = new[] { groupId } } });
        var groupReport = await _chats.SettledReportAsync(toGroup, recipients: 2);
        var toAll = await _chats.CreateNoticeAsync(new { text = "工会年会报名开始", audience = new { all = true, groups = new[] { groupId } } });
        var allReport = await _chats.SettledReportAsync(toAll, recipients: 3); // recipients are written source by source

        Assert.Equal((2L, 2L, 0L), MemberChats.Counts(groupReport));
        Assert.Equal((3L, 3L, 0L), MemberChats.Counts(allReport));
        foreach (var (chat, inGroup) in new[] { (alice, true), (bob, true), (carol, false) })
        {
            var texts = await _chats.BotTextsAsync(chat.ConversationId, chat.Token);
            Assert.Equal(inGroup ? 1 : 0, texts.Count(t => t == "周六瑜伽改到10点"));
            Assert.Equal(1, texts.Count(t => t == "工会年会报名开始"));
        }

        var groupToken = await _chats.Groups.GroupTokenAsync(await _chats.Groups.SignInAsync("A001", "王芳"), groupId);
        Assert.DoesNotContain("周六瑜伽改到10点", await _chats.BotTextsAsync(groupId, groupToken));
    }

    [Fact]
    public async Task An_unknown_group_reaches_nobody()
    {
        var alice = await _chats.OpenChatAsync("A001", "王芳");

        using var response = await _chats.Groups.AdminAsync(HttpMethod.Post, "api/admin/notices/preview", new { text = "x", audience = new { groups = new[] { "no-such-group" } } });
        var preview = BotHost.Json(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, preview.GetProperty("recipients").GetInt64());
        Assert.DoesNotContain("x", await _chats.BotTextsAsync(alice.ConversationId, alice.Token));
    }
}
