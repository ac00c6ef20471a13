using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Channels.Tencent;

/// <summary>
/// A member's phone browser inside WeChat / WeCom: keeps cookies, does not follow redirects (the test plays the
/// authorize page), and calls the member API the way the member page does.
/// </summary>
public sealed class BindingBrowser : IDisposable
{
    private readonly HttpClient _http;

    public BindingBrowser(BotHost host)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true })
        {
            BaseAddress = host.BaseAddress,
        };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The browser itself, for calls the helpers below do not cover.</summary>
    public HttpClient Http => _http;

    /// <summary>Opens the 会员服务 link; returns the authorize URL's query (appid, redirect_uri, scope, state, …).</summary>
    public async Task<System.Collections.Specialized.NameValueCollection> StartAsync(string prefix)
    {
        using var response = await _http.GetAsync(new Uri($"{prefix}/start", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.EndsWith("#wechat_redirect", location.ToString(), StringComparison.Ordinal);
        Assert.Equal("/connect/oauth2/authorize", location.AbsolutePath);
        return System.Web.HttpUtility.ParseQueryString(location.Query);
    }

    /// <summary>Tencent's redirect back with a code and the state.</summary>
    public Task<HttpResponseMessage> CallbackAsync(string prefix, string? code, string? state)
    {
        var query = string.Join('&', new[] { ("code", code), ("state", state) }.Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return _http.GetAsync(new Uri($"{prefix}/callback?{query}", UriKind.Relative));
    }

    public Task<HttpResponseMessage> PostAsync(string path, string? sessionToken = null) => SendAsync(HttpMethod.Post, path, sessionToken);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? sessionToken = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (sessionToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sessionToken);
        }

        return await _http.SendAsync(request);
    }

    /// <summary>The problem's <c>code</c>, asserting the status.</summary>
    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    public void Dispose() => _http.Dispose();
}
