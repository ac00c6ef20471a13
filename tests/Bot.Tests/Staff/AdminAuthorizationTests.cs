using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Staff;

/// <summary>
/// Every /api/admin endpoint the app maps (read from its endpoint data source, so new ones are covered
/// automatically) refuses anonymous callers, and admin-only ones refuse plain staff; every console page
/// but the login page sends anonymous visitors to the login page.
/// </summary>
public sealed class AdminAuthorizationTests : IAsyncLifetime
{
    private const string StaffUser = "clerk";
    private const string StaffPassword = "Clerk-Password-7";
    private SignUpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SignUpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_admin_endpoint_refuses_anonymous_callers_and_admin_only_ones_refuse_plain_staff()
    {
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName = StaffUser, password = StaffPassword, role = "staff" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var staffToken = await _host.TokenAsync(StaffUser, StaffPassword);
        var endpoints = AdminEndpoints();
        Assert.Contains(endpoints, e => e.Path == "api/admin/handoffs/x/reply");
        Assert.Contains(endpoints, e => e.Path == "api/admin/audit/" && e.AdminOnly);

        foreach (var (method, path, adminOnly) in endpoints)
        {
            // Headers only: the hand-off alert stream never ends.
            using var anonymous = await _host.Bot.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), HttpCompletionOption.ResponseHeadersRead);
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} anonymous → {anonymous.StatusCode}");

            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffToken);
            using var asStaff = await _host.Bot.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (adminOnly)
            {
                Assert.True(asStaff.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} as staff → {asStaff.StatusCode}");
            }
            else
            {
                Assert.True(asStaff.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{method} {path} as staff → {asStaff.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_signed_in_staff_cookie_is_refused_admin_only_endpoints_but_opens_the_rest()
    {
        using var created = await _host.AdminAsync(HttpMethod.Post, "api/admin/staff", new { userName = StaffUser, password = StaffPassword, role = "staff" });
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);
        await browser.SignInAsync(StaffUser, StaffPassword);

        using var audit = await browser.SendAsync(HttpMethod.Get, "api/admin/audit");
        using var dashboard = await browser.SendAsync(HttpMethod.Get, "api/admin/dashboard");

        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Every_console_page_but_login_redirects_anonymous_visitors_to_the_login_page()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "wwwroot", "staff"))
            .Select(Path.GetFileName)
            .Where(f => f != "login.html" && f != "login.js" && f != "console.css" && f != "i18n.js")
            .Select(f => "staff/" + f)
            .Append("staff/")
            .ToList();
        Assert.Contains("staff/handoffs.html", pages);
        using var browser = new ConsoleBrowser(_host.Bot.BaseAddress);

        foreach (var page in pages)
        {
            using var response = await browser.Http.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} → {response.StatusCode}");
            Assert.Equal("/staff/login", response.Headers.Location?.OriginalString);
        }

        using var login = await browser.Http.GetAsync("staff/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("<form", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await browser.SignInAsync(SignUpTestHost.AdminUser, SignUpTestHost.AdminPassword);
        using var signedIn = await browser.Http.GetAsync("staff/handoffs.html");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    private List<(string Method, string Path, bool AdminOnly)> AdminEndpoints()
    {
        var source = _host.Bot.Services.GetRequiredService<EndpointDataSource>();
        var list = new List<(string, string, bool)>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            if (!pattern.StartsWith("/api/admin", StringComparison.OrdinalIgnoreCase)
                || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var path = string.Join('/', pattern.TrimStart('/').Split('/').Select(s => s.StartsWith('{') ? "x" : s));
            var adminOnly = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == StaffAuthentication.AdminPolicy);
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                list.Add((method, path, adminOnly));
            }
        }

        return list;
    }
}
