using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot.Tests.Groups;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>An HTTP client that behaves like the console page: keeps cookies, sends the anti-forgery header when asked.</summary>
public sealed class ConsoleBrowser : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public ConsoleBrowser(Uri baseAddress)
    {
        Http = new HttpClient(_handler) { BaseAddress = baseAddress };
    }

    public HttpClient Http { get; }

    public string? CsrfToken { get; private set; }

    public Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        Http.PostAsJsonAsync("staff/api/login", new { userName, password });

    /// <summary>Signs in and reads the session, keeping its anti-forgery token.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        using var login = await LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var session = await Http.GetFromJsonAsync<JsonElement>("staff/api/session");
        CsrfToken = session.GetProperty("requestToken").GetString();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (withToken && CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", CsrfToken);
        }

        return Http.SendAsync(request);
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }
}
