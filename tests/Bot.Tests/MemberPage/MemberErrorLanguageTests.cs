using System.Net;
using static EngageBot.Bot.Tests.MemberPage.MemberPageApi;

namespace EngageBot.Bot.Tests.MemberPage;

/// <summary>
/// The member page's older endpoints (sign-in, groups, QR check-in, my data) answer refusals in the member's language
/// (the page sends it as Accept-Language), as the newer ones do — one language, not "中文 / English" in one string.
/// </summary>
public sealed class MemberErrorLanguageTests : IAsyncLifetime
{
    private MemberPageApi _api = null!;

    public async Task InitializeAsync() => _api = await StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("zh-CN", "请输入群邀请码。", "邀请码不对，请向工会干部确认。", "请重新登录。", "这个签到二维码无效或已更换，请扫描现场最新的二维码。",
        "会员号只能包含字母、数字和“-”，最长 32 位。", "请填写短信里的 6 位验证码。", "还不在签到时间内：签到从开始前 1 小时开放，到活动结束为止。")]
    [InlineData("en", "Please enter the invite code.", "That invite code is not valid; please check with union staff.", "Please sign in again.",
        "This check-in code is not valid (or was replaced); scan the one shown at the venue.",
        "The member number may hold letters, digits and '-' (up to 32).", "Please enter the 6-digit code from the text message.",
        "Check-in is open from 1 hour before the start until the end.")]
    public async Task Refusals_come_in_the_language_the_page_asks_for(
        string lang, string noInvite, string badInvite, string signInAgain, string badQr, string badNumber, string sixDigits, string notOpen)
    {
        var member = await _api.SignInAsync("EL1", "严一");
        var id = await _api.ActivityAsync("职工书画展", capacity: 5, startsIn: TimeSpan.FromHours(5));
        using var signUp = await _api.CallAsync(member, HttpMethod.Post, $"api/members/activities/{id}/signup", new { });
        using var qr = await _api.Members.AdminAsync(HttpMethod.Get, $"api/admin/activities/{id}/checkin-qr");
        var token = (await JsonAsync(qr)).GetProperty("url").GetString()!.Split("?checkin=")[1];

        var answers = new (HttpStatusCode Status, string Detail)[]
        {
            await DetailAsync(member, HttpMethod.Post, "api/members/groups/join", new { inviteCode = " " }, lang),
            await DetailAsync(member, HttpMethod.Post, "api/members/groups/join", new { inviteCode = "NOPE-0000" }, lang),
            await DetailAsync(null, HttpMethod.Get, "api/members/groups", null, lang),
            await DetailAsync(member, HttpMethod.Post, "api/members/me/checkins", new { token = "not-a-token" }, lang),
            await DetailAsync(null, HttpMethod.Post, "api/members/session/verify", new { memberNumber = "EL 1 !", code = "123456" }, lang),
            await DetailAsync(null, HttpMethod.Post, "api/members/session/verify", new { memberNumber = "EL1", code = "12" }, lang),
            await DetailAsync(member, HttpMethod.Post, "api/members/me/checkins", new { token }, lang),
            await DetailAsync(null, HttpMethod.Get, "api/members/me/data", null, lang),
        };

        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        Assert.Equal(
            new[]
            {
                (HttpStatusCode.BadRequest, noInvite), (HttpStatusCode.NotFound, badInvite), (HttpStatusCode.Unauthorized, signInAgain),
                (HttpStatusCode.NotFound, badQr), (HttpStatusCode.BadRequest, badNumber), (HttpStatusCode.BadRequest, sixDigits),
                (HttpStatusCode.Conflict, notOpen), (HttpStatusCode.Unauthorized, signInAgain),
            },
            answers);
    }

    private async Task<(HttpStatusCode, string)> DetailAsync(System.Text.Json.JsonElement? session, HttpMethod method, string path, object? body, string lang)
    {
        using var response = await _api.CallAsync(session, method, path, body, lang);
        return (response.StatusCode, (await JsonAsync(response)).GetProperty("detail").GetString()!);
    }
}
