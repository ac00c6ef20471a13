using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// The call shape WeChat and WeCom share: JSON in, <c>{"errcode","errmsg",…}</c> out, an <c>access_token</c> in
/// the query. A token refused as invalid or expired is dropped from the cache and the call made once more.
/// </summary>
public sealed class TencentApi(HttpClient http, AccessTokenCache tokens, string tokenKey, Func<HttpClient, CancellationToken, Task<IssuedToken>> fetchToken)
{
    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> with a current token; returns the answer's JSON.</summary>
    public Task<JsonElement> PostAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        CallAsync(path, async (uri, ct) =>
        {
            using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            return await http.PostAsync(uri, content, ct);
        }, cancellationToken);

    /// <summary>GETs <paramref name="path"/> (with its query) with a current token; returns the answer's JSON.</summary>
    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        CallAsync(path, (uri, ct) => http.GetAsync(uri, ct), cancellationToken);

    private async Task<JsonElement> CallAsync(string path, Func<Uri, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(tokenKey, ct => fetchToken(http, ct), cancellationToken);
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            using var response = await send(new Uri($"{path}{separator}access_token={Uri.EscapeDataString(token)}", UriKind.Relative), cancellationToken);
            var answer = await ReadAsync(response, cancellationToken);
            var code = ErrorCode(answer);
            if (code == 0)
            {
                return answer;
            }

            if (TencentApiException.IsTokenError(code))
            {
                await tokens.InvalidateAsync(tokenKey, token, cancellationToken);
                if (attempt < 2)
                {
                    continue;
                }
            }

            throw new TencentApiException(code);
        }
    }

    /// <summary>Reads a JSON answer; a transport-level failure (5xx, not JSON) is an <see cref="HttpRequestException"/>.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException("The API did not answer with JSON.", ex, System.Net.HttpStatusCode.BadGateway);
        }
    }

    public static int ErrorCode(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var value) ? value : 0;

    /// <summary>Reads <c>{"access_token","expires_in"}</c> from a token endpoint, or throws its errcode.</summary>
    public static IssuedToken ReadToken(JsonElement answer)
    {
        var code = ErrorCode(answer);
        if (code != 0 || !answer.TryGetProperty("access_token", out var token) || token.GetString() is not { Length: > 0 } value)
        {
            throw new TencentApiException(code == 0 ? -1 : code);
        }

        var seconds = answer.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var s) ? s : 7200;
        return new IssuedToken(value, TimeSpan.FromSeconds(seconds));
    }
}
