using System.Net.Http.Json;
using System.Text.Json;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Members are told when check-in opens as <c>SignUps:CheckInOpensBefore</c> says (30 分钟, 2 小时), not a fixed
/// "1 hour": on signing up, and when they try too early, in Chinese and in English.
/// </summary>
public sealed class CheckInWindowTextTests
{
    [Theory]
    [InlineData("00:30:00", "30 分钟", "30 minutes")]
    [InlineData("02:00:00", "2 小时", "2 hours")]
    public async Task Too_early_a_member_hears_the_configured_opening_time(string opensBefore, string zh, string en)
    {
        await using var host = await SignUpTestHost.StartAsync(settings: new Dictionary<string, string?> { ["SignUps:CheckInOpensBefore"] = opensBefore });
        var id = await host.CreateActivityAsync(capacity: 5, startsIn: TimeSpan.FromHours(5));
        var confirmed = await host.SendAsync(host.PostBack("w1", "signup", id));
        await host.SendAsync(host.PostBack("w2", "signup", id));
        using var codeResponse = await host.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/checkin-code");
        var code = (await codeResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        var chinese = await host.SayAsync("w1", "签到 " + code);
        var english = await host.SayAsync("w2", "check in " + code);

        Assert.Contains($"开始前 {zh}内", confirmed.Activity.Text, StringComparison.Ordinal);
        Assert.Contains($"开始前 {zh}至活动结束", chinese.Activity.Text, StringComparison.Ordinal);
        Assert.Contains($"opens {en} before the start", english.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 小时", chinese.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 hour", english.Activity.Text, StringComparison.Ordinal);
    }
}
