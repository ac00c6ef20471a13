using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Infrastructure;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Privacy;

/// <summary>Who may export and erase (admins only), what a refused or unconfirmed call changes (nothing), and a member's own data.</summary>
public sealed class PrivacyAccessTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private IDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SignUps:SeedSamples"] = "false" });
        _database = _host.Services.GetRequiredService<IDatabase>();
        await PersonalDataSeed.SharedAsync(_database);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Anonymous_callers_get_401_plain_staff_403_and_nothing_is_erased()
    {
        await _host.SeedMemberAsync("BJ-1", "李娜");
        using var created = await _host.Admin.PostAsJsonAsync("api/admin/staff", new { userName = "clerk", password = "Clerk-Password-7", role = "staff" });
        created.EnsureSuccessStatusCode();
        using var signIn = await _host.Http.PostAsJsonAsync("api/admin/token", new { userName = "clerk", password = "Clerk-Password-7" });
        var staffToken = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        foreach (var (method, path) in new[] { ("GET", "api/admin/members/BJ-1/export"), ("POST", "api/admin/members/BJ-1/erase") })
        {
            using var anonymous = await _host.Http.SendAsync(Request(method, path, token: null));
            using var staff = await _host.Http.SendAsync(Request(method, path, staffToken));
            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (anonymous.StatusCode, staff.StatusCode));
        }

        Assert.Equal(1, _host.Count("members"));
        Assert.Equal(0, _host.Count("member_erasures"));
    }

    [Fact]
    public async Task Unknown_members_are_404_and_an_erasure_without_the_number_repeated_is_400_and_changes_nothing()
    {
        await _host.SeedMemberAsync("BJ-1", "李娜");
        await PersonalDataSeed.MemberAsync(_database, "BJ-1", seq: 1);
        var before = await PersonalDataSeed.CountsAsync(_database, "BJ-1");

        using var unknownExport = await _host.Admin.GetAsync("api/admin/members/BJ-404/export");
        using var unknownErase = await _host.Admin.PostAsJsonAsync("api/admin/members/BJ-404/erase", new { confirmMemberNumber = "BJ-404" });
        using var noBody = await _host.Admin.PostAsync("api/admin/members/BJ-1/erase", JsonContent.Create(new { }));
        using var wrong = await _host.Admin.PostAsJsonAsync("api/admin/members/BJ-1/erase", new { confirmMemberNumber = "BJ-2" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknownExport.StatusCode, unknownErase.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noBody.StatusCode, wrong.StatusCode));
        Assert.Contains("confirmMemberNumber", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await PersonalDataSeed.CountsAsync(_database, "BJ-1"));
        Assert.Equal(0, _host.Count("member_erasures"));
    }

    [Fact]
    public async Task A_member_reads_and_downloads_their_own_data_only()
    {
        var mine = (await _host.SignInMemberAsync("BJ-1", "李娜")).GetProperty("sessionToken").GetString()!;
        await _host.SignInMemberAsync("BJ-2", "王芳");
        await PersonalDataSeed.MemberAsync(_database, "BJ-1", seq: 1);
        await PersonalDataSeed.MemberAsync(_database, "BJ-2", seq: 2);

        using var own = await _host.Http.SendAsync(Request("GET", "api/members/me/data", mine));
        var text = await own.Content.ReadAsStringAsync();
        using var download = await _host.Http.SendAsync(Request("GET", "api/members/me/data?download=true", mine));
        using var anonymous = await _host.Http.GetAsync("api/members/me/data");
        using var staffToken = await _host.Http.SendAsync(Request("GET", "api/members/me/data", await AdminTokenAsync()));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var export = BotHost.Json(text);
        Assert.Equal("BJ-1", export.GetProperty("memberNumber").GetString());
        Assert.Contains(PersonalDataSeed.SecretText("BJ-1"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalDataSeed.SecretText("BJ-2"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", text, StringComparison.Ordinal);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (anonymous.StatusCode, staffToken.StatusCode));
    }

    private async Task<string> AdminTokenAsync()
    {
        using var response = await _host.Http.PostAsJsonAsync("api/admin/token", new { userName = StaffTokenHandler.UserName, password = StaffTokenHandler.Password });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static HttpRequestMessage Request(string method, string path, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { confirmMemberNumber = "BJ-1" });
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
