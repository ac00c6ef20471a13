using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EngageBot.Bot;

namespace EngageBot.TestKit;

/// <summary>
/// Signs in as the test hosts' bootstrap admin on first use (<c>POST /api/admin/token</c>) and sends that
/// staff bearer token with every request, as a staff script would.
/// </summary>
public sealed class StaffTokenHandler(Uri baseAddress) : DelegatingHandler(new HttpClientHandler())
{
    public const string UserName = "test-admin";
    public const string Password = "Test-Admin-Pass-1";

    /// <summary>The settings that create the bootstrap admin.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Staff:BootstrapAdmin:UserName", UserName),
        new("Staff:BootstrapAdmin:Password", Password),
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                using var response = await http.PostAsJsonAsync("api/admin/token", new { userName = UserName, password = Password }, cancellationToken);
                response.EnsureSuccessStatusCode();
                _token = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("token").GetString();
            }

            return _token!;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
