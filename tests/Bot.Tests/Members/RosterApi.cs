using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace EngageBot.Bot.Tests.Members;

/// <summary>Calls on /api/admin/members the way a staff script would.</summary>
public static class RosterApi
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> ImportAsync(HttpClient client, byte[] csv, bool preview = false, string contentType = "text/csv")
    {
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await client.PostAsync("api/admin/members/import" + (preview ? "?preview=true" : string.Empty), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? throw new InvalidOperationException($"{response.StatusCode} {response.Content.Headers.ContentType} with no body") : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<(HttpResponseMessage Response, JsonElement Body)> ImportAsync(HttpClient client, string csv, bool preview = false) =>
        ImportAsync(client, Encoding.UTF8.GetBytes(csv), preview);

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int[] Lines(JsonElement report) => [.. report.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32())];
}
