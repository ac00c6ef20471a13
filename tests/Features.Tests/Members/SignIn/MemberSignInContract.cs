using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.SignIn;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Members.SignIn;

/// <summary>Member sign-in end to end (real Kestrel, real storage, the File SMS sender), run on each provider.</summary>
public abstract partial class MemberSignInContract : IAsyncLifetime
{
    private const string Number = "BJ-0001";
    private const string Name = "王芳";

    protected ManualClock Clock { get; } = ManualClock.StartingNow();

    protected BotHost Host { get; private set; } = null!;

    private static string Phone => MemberSignInExtensions.PhoneOf(Number);

    public async Task InitializeAsync()
    {
        var settings = await StorageSettingsAsync();
        settings["DirectLine:Secret"] = DirectLineClient.Secret;
        settings["DirectLine:KeepAliveInterval"] = "00:00:00.200";
        Host = await BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(Clock));
        await Host.SeedMemberAsync(Number, Name);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    protected abstract Task<Dictionary<string, string?>> StorageSettingsAsync();

    [Fact]
    public async Task An_impostor_with_a_wrong_name_gets_the_same_answer_but_no_sms_and_no_session()
    {
        using var impostor = await AskAsync(Number, "李四");
        var body = await impostor.Content.ReadFromJsonAsync<JsonElement>();
        await Host.SignInMemberAsync("BJ-0009", "赵六"); // a later message that does arrive
        using var guess = await VerifyAsync(Number, "123456");

        Assert.Equal(HttpStatusCode.Accepted, impostor.StatusCode);
        Assert.Equal(["phoneHint", "verification"], body.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("sms", body.GetProperty("verification").GetString());
        Assert.Matches("^1[0-9]{2}\\*{4}[0-9]{4}$", body.GetProperty("phoneHint").GetString());
        Assert.NotEqual(PhoneHint.Mask(Phone), body.GetProperty("phoneHint").GetString());
        Assert.Empty(Host.SmsTo(Phone));
        Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        Assert.DoesNotContain("token", await guess.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_numbers_and_deactivated_members_get_a_steady_made_up_hint_and_no_sms()
    {
        await Host.Services.GetRequiredService<IMemberRoster>().SetStatusAsync(Number, MemberStatus.Deactivated, CancellationToken.None);

        var first = await HintAsync("ZZ-404", "王芳");
        Clock.Advance(TimeSpan.FromSeconds(60));
        var again = await HintAsync("ZZ-404", "王芳");
        var deactivated = await HintAsync(Number, Name);
        await Host.SignInMemberAsync("BJ-0009", "赵六");

        Assert.Equal(first, again);
        Assert.Matches("^1[0-9]{2}\\*{4}[0-9]{4}$", deactivated);
        Assert.NotEqual(PhoneHint.Mask(Phone), deactivated);
        Assert.Empty(Host.SmsTo(Phone));
    }

    [Fact]
    public async Task The_right_code_opens_the_session_once()
    {
        using var asked = await AskAsync(" bj-0001 ", " 王 芳 ");
        var code = await Host.NextCodeAsync(Phone, 0);
        using var verified = await VerifyAsync("bj-0001", code);
        var session = await verified.Content.ReadFromJsonAsync<JsonElement>();
        using var groups = await MemberGetAsync(session, "api/members/groups");
        using var reused = await VerifyAsync(Number, code);

        Assert.Equal(PhoneHint.Mask(Phone), (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phoneHint").GetString());
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(("dl_BJ-0001", Name), (session.GetProperty("userId").GetString(), session.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(session.GetProperty("directLine").GetProperty("token").GetString()));
        Assert.Equal(HttpStatusCode.OK, groups.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    private async Task<(JsonElement Session, string ConversationId, string Token, ClientWebSocket Socket)> SignInWithStreamAsync()
    {
        var session = await Host.SignInMemberAsync(Number, Name);
        var grant = session.GetProperty("directLine");
        var client = new DirectLineClient(Host, DirectLineClient.Secret);
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", grant.GetProperty("token").GetString());
        start.EnsureSuccessStatusCode();
        var body = await start.Content.ReadFromJsonAsync<JsonElement>();
        var socket = await DirectLineClient.OpenAsync(body.GetProperty("streamUrl").GetString()!);
        return (session, grant.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, socket);
    }

    /// <summary>The member token, the chat's token (read, post, refresh) and a new stream: all 401.</summary>
    private async Task AssertEndedAsync(JsonElement session, string conversationId, string token)
    {
        var client = new DirectLineClient(Host, DirectLineClient.Secret);
        using var groups = await MemberGetAsync(session, "api/members/groups");
        using var read = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        using var post = await client.PostAsync(conversationId, token, """{"type":"message","text":"我的报名"}""");
        using var refresh = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", token);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            new[] { groups, read, post, refresh, reconnect }.Select(r => r.StatusCode));
    }

    /// <summary>Reads until the server ends the socket (it may send keep-alives first).</summary>
    private static async Task AssertClosedAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (WebSocketException)
        {
            // Aborted by the server: closed.
        }
    }

    private async Task<string> HintAsync(string number, string name)
    {
        using var response = await AskAsync(number, name);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phoneHint").GetString()!;
    }

    private Task<HttpResponseMessage> AskAsync(string memberNumber, string name) =>
        Host.Http.PostAsJsonAsync("api/members/session", new { memberNumber, name });

    private Task<HttpResponseMessage> VerifyAsync(string memberNumber, string code) =>
        Host.Http.PostAsJsonAsync("api/members/session/verify", new { memberNumber, code });

    private Task<HttpResponseMessage> MemberGetAsync(JsonElement session, string path) => MemberSendAsync(session, HttpMethod.Get, path);

    private Task<HttpResponseMessage> MemberPostAsync(JsonElement session, string path) => MemberSendAsync(session, HttpMethod.Post, path);

    private async Task<HttpResponseMessage> MemberSendAsync(JsonElement session, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.GetProperty("sessionToken").GetString());
        return await Host.Http.SendAsync(request);
    }
}
