using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.WeCom;

public sealed class WeComSignUpCardTests
{
    [Fact]
    public async Task A_WeCom_user_signs_up_by_pressing_the_button_on_an_activity_card()
    {
        await using var wecom = await WeComHost.StartAsync();
        var created = await wecom.Host.Admin.PostAsJsonAsync("api/admin/activities", new
        {
            title = "企业微信书法体验课",
            startsAt = DateTimeOffset.UtcNow.AddDays(3).ToString("o"),
            place = "职工之家",
            capacity = 10,
        });
        created.EnsureSuccessStatusCode();
        var activityId = BotHost.Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;

        await wecom.Push.PostAsync(wecom.Push.TextXml("wangwu", "近期活动"));
        var card = await NextCardAsync(wecom, activityId);
        var button = card["template_card"]!["button_list"]![0]!;
        Assert.Equal("button_interaction", card["template_card"]!["card_type"]!.GetValue<string>());

        await wecom.Push.PostAsync(WeComPush.CardEventXml("wangwu", button["key"]!.GetValue<string>(), card["template_card"]!["task_id"]!.GetValue<string>()));
        var confirmation = await wecom.Stub.NextAsync();
        Assert.Equal("wangwu", confirmation["touser"]!.GetValue<string>());

        var roster = BotHost.Json(await wecom.Host.Admin.GetStringAsync(new Uri($"api/admin/activities/{activityId}/roster", UriKind.Relative)));
        var confirmed = Assert.Single(roster.GetProperty("confirmed").EnumerateArray());
        Assert.Equal("wangwu", confirmed.GetProperty("memberId").GetString());
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> NextCardAsync(WeComHost wecom, string activityId)
    {
        while (true)
        {
            var message = await wecom.Stub.NextAsync();
            if (message["msgtype"]?.GetValue<string>() == "template_card"
                && message["template_card"]!["button_list"]![0]!["key"]!.GetValue<string>().Contains(activityId, StringComparison.Ordinal))
            {
                return message;
            }
        }
    }
}
