using System.Net;
using System.Text.Json;
using Xunit;

namespace EngageBot.TestKit;

/// <summary>
/// /readyz of a host that has just started. Background services (the Quartz scheduler) start beside the host, so on a
/// busy machine a first probe may come before they run: 503 naming them is a right answer then. Each probe's status
/// code must match the status it reports; the host must report Healthy within the deadline.
/// </summary>
public static class Readiness
{
    public static async Task<JsonDocument> UntilHealthyAsync(HttpClient http, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            using var response = await http.GetAsync("readyz");
            var body = await response.Content.ReadAsStringAsync();
            var health = JsonDocument.Parse(body);
            var healthy = health.RootElement.GetProperty("status").GetString() == "Healthy";
            Assert.True(response.StatusCode == (healthy ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable), body);
            if (healthy)
            {
                return health;
            }

            health.Dispose();
            Assert.True(DateTime.UtcNow < deadline, "not ready within the deadline: " + body);
            await Task.Delay(100);
        }
    }
}
