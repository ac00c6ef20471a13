using System.Text;
using System.Text.RegularExpressions;

namespace EngageBot.Bench;

/// <summary>Set-up before measuring: asks the service for its upcoming activities, as a member would, for the sign-up and cancel presses.</summary>
public static partial class Discovery
{
    public static async Task<IReadOnlyList<string>> ActivityIdsAsync(HttpClient http, Uri serviceBase, ConnectorSink sink)
    {
        var mix = TurnMix.Create(nameof(TurnKind.Listing), []);
        var generator = new LoadGenerator([serviceBase], sink, 1, mix, freshConversations: false);
        const string Id = "setup-listing";
        var reply = sink.CaptureAsync(Id);
        using var content = new StringContent(generator.Json(Id, 1_000_000, 0, new PlannedTurn(TurnKind.Listing, "最近有什么活动", null, false, true)), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(serviceBase, "api/messages"), content);
        var body = await reply.WaitAsync(TimeSpan.FromSeconds(30));
        return [.. ActivityId().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("\"activityId\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex ActivityId();
}
