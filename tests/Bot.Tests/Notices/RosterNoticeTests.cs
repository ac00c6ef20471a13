using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Members;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Notices;

/// <summary>
/// Notices to roster units over the whole service: exactly the unit's active members get it; one who never signed in
/// is reported as waiting, finds it in their 1:1 chat when they first sign in, and is then reported as sent.
/// </summary>
public sealed class RosterNoticeTests : IAsyncLifetime
{
    private const string Roster =
        """
        会员号,姓名,手机号,工会
        BJ-1,李娜,13800000001,朝阳区总工会/甲公司工会/技术部
        BJ-2,王芳,13800000002,朝阳区总工会/甲公司工会
        BJ-3,张伟,13800000003,朝阳区总工会/乙公司工会
        BJ-4,刘洋,13800000004,朝阳区总工会/甲公司工会
        """;

    private BotHost _bot = null!;
    private MemberChats _chats = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: MemberChats.Settings());
        _chats = new MemberChats(_bot);
        var (imported, _) = await RosterApi.ImportAsync(_bot.Admin, Roster);
        imported.EnsureSuccessStatusCode();
        (await _bot.Admin.PostAsync("api/admin/members/BJ-4/deactivate", null)).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_notice_to_a_unit_reaches_exactly_its_members_and_waits_for_the_one_who_never_signed_in()
    {
        var li = await _chats.OpenChatAsync("BJ-1", "李娜");
        var zhang = await _chats.OpenChatAsync("BJ-3", "张伟");

        var id = await _chats.CreateNoticeAsync(new { text = "甲公司工会周五下午开会", audience = new { units = new[] { "朝阳区总工会 > 甲公司工会" } } });
        var report = await _chats.SettledReportAsync(id);
        var deliveries = await DeliveriesAsync(id, null);
        var waiting = await DeliveriesAsync(id, "waiting");

        Assert.Equal((2L, 1L, 0L), MemberChats.Counts(report));
        Assert.Equal(1, report.GetProperty("waiting").GetInt64());
        Assert.Equal(2, deliveries.Count);
        Assert.Equal("sent", deliveries.Single(d => d.Member.EndsWith("/dl_BJ-1", StringComparison.Ordinal)).Status);
        Assert.Equal("waiting", deliveries.Single(d => d.Member.EndsWith("/dl_BJ-2", StringComparison.Ordinal)).Status);
        Assert.Equal(deliveries.Where(d => d.Status == "waiting").Select(d => d.Member), waiting.Select(d => d.Member));
        Assert.Contains("甲公司工会周五下午开会", await _chats.BotTextsAsync(li.ConversationId, li.Token));
        Assert.DoesNotContain("甲公司工会周五下午开会", await _chats.BotTextsAsync(zhang.ConversationId, zhang.Token));

        // BJ-2 signs in for the first time: the notice is in their chat, and the report counts it as sent.
        var wang = await _chats.OpenChatAsync("BJ-2", "王芳");
        var texts = await TextsOnceAsync(wang, "甲公司工会周五下午开会");
        var after = await _chats.SettledReportAsync(id);

        Assert.Single(texts, t => t == "甲公司工会周五下午开会");
        Assert.Contains(texts, t => t.Contains("小助手", StringComparison.Ordinal)); // the greeting came too
        Assert.Equal((2L, 2L, 0L), MemberChats.Counts(after));
        Assert.Equal(0, after.GetProperty("waiting").GetInt64());
    }

    [Fact]
    public async Task Unit_audiences_are_checked_and_previewed_against_the_roster()
    {
        using var unknown = await _bot.Admin.PostAsJsonAsync("api/admin/notices", new { text = "通知", audience = new { units = new[] { "朝阳区总工会/丙公司工会" } } });
        using var malformed = await _bot.Admin.PostAsJsonAsync("api/admin/notices/preview", new { text = "通知", audience = new { units = new[] { " / " } } });
        using var preview = await _bot.Admin.PostAsJsonAsync("api/admin/notices/preview", new { text = "通知", audience = new { units = new[] { "朝阳区总工会" } } });
        using var all = await _bot.Admin.PostAsJsonAsync("api/admin/notices/preview", new { text = "通知", audience = new { all = true } });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("丙公司工会", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(3, (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt64()); // BJ-4 is deactivated
        Assert.Equal(3, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt64());
        Assert.Equal(0, _bot.Count("notices"));
    }

    private async Task<List<(string Member, string Status)>> DeliveriesAsync(string id, string? status)
    {
        var page = await _bot.Admin.GetFromJsonAsync<JsonElement>($"api/admin/notices/{id}/deliveries" + (status is null ? string.Empty : "?status=" + status));
        return [.. page.GetProperty("deliveries").EnumerateArray().Select(d => (d.GetProperty("member").GetString()!, d.GetProperty("status").GetString()!))];
    }

    /// <summary>The bot's texts in the chat once <paramref name="text"/> is among them (the dispatcher delivers it after the chat starts).</summary>
    private async Task<List<string>> TextsOnceAsync((string ConversationId, string Token) chat, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var texts = await _chats.BotTextsAsync(chat.ConversationId, chat.Token);
            if (texts.Contains(text))
            {
                return texts;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
