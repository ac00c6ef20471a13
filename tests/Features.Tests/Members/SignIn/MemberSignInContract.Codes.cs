using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.SignIn;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members.SignIn;

/// <summary>The texted code: wrong guesses, expiry, asking for a new one.</summary>
public abstract partial class MemberSignInContract
{
    [Fact]
    public async Task Five_wrong_codes_void_the_pending_code()
    {
        var code = await Host.RequestCodeAsync(Number, Name);
        var wrong = Enumerable.Range(1, 5).Select(i => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));

        foreach (var guess in wrong)
        {
            using var refused = await VerifyAsync(Number, guess);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var right = await VerifyAsync(Number, code);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task An_expired_code_fails()
    {
        var code = await Host.RequestCodeAsync(Number, Name);
        Clock.Advance(TimeSpan.FromMinutes(5));

        using var late = await VerifyAsync(Number, code);

        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
    }

    [Fact]
    public async Task A_new_code_can_be_asked_for_after_60_seconds_and_replaces_the_old_one()
    {
        var first = await Host.RequestCodeAsync(Number, Name);
        Clock.Advance(TimeSpan.FromSeconds(20));
        using var early = await AskAsync(Number, Name);
        Clock.Advance(TimeSpan.FromSeconds(40));
        var second = await Host.RequestCodeAsync(Number, Name);

        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        Assert.Equal("40", early.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("resend", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(2, Host.SmsTo(Phone).Count);
        using var old = await VerifyAsync(Number, first);
        using var current = await VerifyAsync(Number, second);
        Assert.Equal(first == second ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(first == second ? HttpStatusCode.Unauthorized : HttpStatusCode.OK, current.StatusCode);
    }
}
