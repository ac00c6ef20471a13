using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Notices;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Channels.WeChat;

/// <summary>
/// Staff map a notice to one of the account's templates (模板消息) or subscription notices (订阅通知): the mapping is
/// checked against WeChat's limits before anything is stored, and followers outside the 48-hour window get the notice
/// through it; refusals and unreachable followers are named in the per-recipient report.
/// </summary>
public sealed class WeChatNoticeTemplateTests
{
    private const string Title = "周六羽毛球友谊赛";
    private const string Text = Title + "\n请报名的会员提前十分钟到场，带好球拍。";

    [Fact]
    public async Task Staff_see_the_accounts_templates_of_both_kinds_with_their_keys()
    {
        await using var wechat = await StartAsync();

        var list = BotHost.Json(await wechat.Host.Admin.GetStringAsync(new Uri("api/admin/wechat/templates", UriKind.Relative))).GetProperty("templates");

        var byId = list.EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Equal(["sub-activity-9", "sub-notice-7", "tmpl-activity-2", "tmpl-notice-1"], byId.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("subscription", byId["sub-notice-7"].GetProperty("kind").GetString());
        Assert.Equal("template", byId["tmpl-activity-2"].GetProperty("kind").GetString());
        Assert.Equal(["thing1=活动名称", "time2=活动时间", "thing3=活动地点"], byId["tmpl-activity-2"].GetProperty("keys").EnumerateArray()
            .Select(k => k.GetProperty("key").GetString() + "=" + k.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task A_mapping_that_breaks_WeChats_limits_is_refused_naming_the_key_and_nothing_is_stored()
    {
        await using var wechat = await StartAsync();
        var admin = wechat.Host.Admin;

        var tooLong = await CreateAsync(admin, "周六羽毛球友谊赛暨第三届职工运动会选拔赛报名通知\n详情见附件", null,
            Mapping("template", "tmpl-activity-2", ("thing1", "title"), ("time2", "activityTime"), ("thing3", "place")));
        var phrase = await CreateAsync(admin, Text, null, Mapping("subscription", "sub-activity-9", ("thing1", "title"), ("time2", "activityTime"), ("phrase3", "title")));
        var unknown = await CreateAsync(admin, Text, null, Mapping("subscription", "sub-gone-1", ("thing1", "title")));
        var missingKey = await CreateAsync(admin, Text, null, Mapping("template", "tmpl-activity-2", ("thing1", "title")));

        var errors = await ErrorsAsync(tooLong);
        Assert.Contains("最多 20 个字符，这里有 24 个", errors["wechat.fields.thing1"], StringComparison.Ordinal);
        Assert.Contains("没有关联活动", errors["wechat.fields.time2"], StringComparison.Ordinal);
        Assert.Contains("5 个以内纯汉字", (await ErrorsAsync(phrase))["wechat.fields.phrase3"], StringComparison.Ordinal);
        Assert.Contains("sub-gone-1", (await ErrorsAsync(unknown))["wechat.templateId"], StringComparison.Ordinal);
        var missing = await ErrorsAsync(missingKey);
        Assert.Equal(["wechat.fields.thing3", "wechat.fields.time2"], missing.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, BotHost.Json(await admin.GetStringAsync(new Uri("api/admin/notices", UriKind.Relative))).GetProperty("notices").GetArrayLength());
        Assert.Equal(0, wechat.Host.Count("wechat_notice_templates"));
    }

    [Fact]
    public async Task Outside_the_window_a_notice_goes_as_its_own_subscription_notice_filled_from_the_notice()
    {
        await using var wechat = await StartAsync();
        await WriteOnceAsync(wechat, "oQuiet301");
        await WriteOnceAsync(wechat, "oRecent302");
        wechat.Stub.Silence("oQuiet301");
        var activityId = await CreateActivityAsync(wechat.Host, "朝阳体育馆3号场");
        var before = wechat.Stub.Accepted.Count;

        var id = await CreateNoticeAsync(wechat.Host, Text, activityId, ["wechat/oQuiet301", "wechat/oRecent302"],
            Mapping("subscription", "sub-notice-7", ("thing1", "title"), ("thing2", "place")));
        var report = await wechat.Host.SettledNoticeReportAsync(id, recipients: 2);

        Assert.Equal((2L, 0L), (report.GetProperty("sent").GetInt64(), report.GetProperty("failed").GetInt64()));
        var sent = wechat.Stub.Accepted.Skip(before).ToDictionary(m => m["touser"]!.GetValue<string>());
        Assert.Equal("custom", sent["oRecent302"]["api"]!.GetValue<string>());
        var subscription = sent["oQuiet301"];
        Assert.Equal(("subscribe", "sub-notice-7"), (subscription["api"]!.GetValue<string>(), subscription["template_id"]!.GetValue<string>()));
        Assert.Equal(Title, subscription["data"]!["thing1"]!["value"]!.GetValue<string>());
        Assert.Equal("朝阳体育馆3号场", subscription["data"]!["thing2"]!["value"]!.GetValue<string>());
        Assert.Equal("https://union.example.cn/", subscription["page"]!.GetValue<string>());
        var mapping = BotHost.Json(await wechat.Host.Admin.GetStringAsync(new Uri($"api/admin/wechat/notices/{id}/template", UriKind.Relative)));
        Assert.Equal(("subscription", "place"), (mapping.GetProperty("kind").GetString(), mapping.GetProperty("fields").GetProperty("thing2").GetString()));
    }

    [Fact]
    public async Task Refusals_deleted_templates_and_unreachable_followers_are_named_in_the_report()
    {
        await using var wechat = await StartAsync();
        foreach (var openId in new[] { "oDeclined311", "oDeleted312", "oNoTemplate313" })
        {
            await WriteOnceAsync(wechat, openId);
            wechat.Stub.Silence(openId);
        }

        wechat.Stub.Declined["oDeclined311"] = true;
        var refused = await CreateNoticeAsync(wechat.Host, Text, null, ["wechat/oDeclined311"], Mapping("subscription", "sub-notice-7", ("thing1", "title"), ("thing2", "title")));
        var deleted = await CreateNoticeAsync(wechat.Host, Text, null, ["wechat/oDeleted312"], Mapping("template", "tmpl-notice-1", ("thing1", "title")),
            beforeSend: () => wechat.Stub.Deleted["tmpl-notice-1"] = true);
        var plain = await CreateNoticeAsync(wechat.Host, Text, null, ["wechat/oNoTemplate313"], null);

        Assert.Equal("failed:wechat_refused", await OnlyDeliveryAsync(wechat.Host, refused));
        Assert.Equal("failed:wechat_bad_template", await OnlyDeliveryAsync(wechat.Host, deleted));
        Assert.Equal("failed:wechat_not_reachable", await OnlyDeliveryAsync(wechat.Host, plain));
    }

    [Fact]
    public async Task A_mapping_set_on_an_existing_notice_is_checked_the_same_way()
    {
        await using var wechat = await StartAsync();
        var id = await CreateNoticeAsync(wechat.Host, Text, null, ["wechat/oNobody320"], null, sendAt: DateTimeOffset.UtcNow.AddDays(2));
        var url = new Uri($"api/admin/wechat/notices/{id}/template", UriKind.Relative);

        using var bad = await wechat.Host.Admin.PutAsJsonAsync(url, Mapping("template", "tmpl-activity-2", ("thing1", "text"), ("time2", "title"), ("thing3", "title")));
        using var good = await wechat.Host.Admin.PutAsJsonAsync(url, Mapping("template", "tmpl-notice-1", ("thing1", "title")));
        using var missing = await wechat.Host.Admin.PutAsJsonAsync(new Uri("api/admin/wechat/notices/n_nope/template", UriKind.Relative), Mapping("template", "tmpl-notice-1", ("thing1", "title")));

        var errors = await ErrorsAsync(bad);
        Assert.Equal(["wechat.fields.thing1", "wechat.fields.time2"], errors.Keys.Order(StringComparer.Ordinal)); // the text is too long; a title is no time
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(1, wechat.Host.Count("wechat_notice_templates"));
    }

    internal static Task<WeChatHost> StartAsync() => WeChatHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Scheduler:QuietHoursStart"] = "00:00:00",
        ["Scheduler:QuietHoursEnd"] = "00:00:00",
        ["Delivery:PollInterval"] = "00:00:00.100",
    });

    internal static object Mapping(string kind, string templateId, params (string Key, string Field)[] fields) =>
        new { kind, templateId, fields = fields.ToDictionary(f => f.Key, f => f.Field) };

    /// <summary>The follower writes once (their chat exists) and the reply has gone out.</summary>
    internal static async Task WriteOnceAsync(WeChatHost wechat, string openId)
    {
        // Passive or (on a slow machine, past the window) through the customer-service API: either way the chat exists.
        await wechat.Push.ReplyAsync(await wechat.Push.PlainAsync(wechat.Push.TextXml(openId, "你好")));
        await WeChatLateReplyTests.UntilAsync(() => WeChatLateReplyTests.CountMessages(wechat.Host.DatabasePath) == 0);
    }

    internal static async Task<string> CreateNoticeAsync(
        WeChatHost wechat, string text, string? activityId, string[] members, object? mapping, Action? beforeSend = null, DateTimeOffset? sendAt = null) =>
        await CreateNoticeAsync(wechat.Host, text, activityId, members, mapping, beforeSend, sendAt);

    internal static async Task<string> CreateNoticeAsync(
        BotHost host, string text, string? activityId, string[] members, object? mapping, Action? beforeSend = null, DateTimeOffset? sendAt = null)
    {
        var scheduled = sendAt is not null || beforeSend is not null;
        var at = sendAt ?? DateTimeOffset.UtcNow.AddHours(1);
        using var created = await host.Admin.PostAsJsonAsync("api/admin/notices", new
        {
            text,
            activityId,
            audience = new { members },
            wechat = mapping,
            sendAt = scheduled ? at.ToString("o") : null,
        }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
        if (beforeSend is not null)
        {
            // Something changes between saving and sending; then the firing runs now, as its trigger would.
            beforeSend();
            var intended = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
            await host.Services.GetRequiredService<NoticeFiringService>().FireAsync(id, intended, DateTimeOffset.UtcNow, held: false, CancellationToken.None);
        }

        return id;
    }

    internal static async Task<string> OnlyDeliveryAsync(BotHost host, string noticeId)
    {
        await host.SettledNoticeReportAsync(noticeId);
        var delivery = Assert.Single(BotHost.Json(await host.Admin.GetStringAsync(new Uri($"api/admin/notices/{noticeId}/deliveries", UriKind.Relative)))
            .GetProperty("deliveries").EnumerateArray());
        return delivery.GetProperty("status").GetString() + ":" + (delivery.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
    }

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient admin, string text, string? activityId, object mapping) =>
        await admin.PostAsJsonAsync("api/admin/notices", new { text, activityId, audience = new { all = true }, wechat = mapping });

    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return BotHost.Json(await response.Content.ReadAsStringAsync()).GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => string.Join(" ", e.Value.EnumerateArray().Select(v => v.GetString())));
    }

    private static async Task<string> CreateActivityAsync(BotHost host, string place)
    {
        using var created = await host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = Title,
            startsAt = DateTimeOffset.UtcNow.AddDays(5).ToString("o"),
            place,
            capacity = 20,
        });
        created.EnsureSuccessStatusCode();
        return BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;
    }
}
