using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// What the HTTP providers share: one POST whose JSON answer the provider judges, an unreachable provider as
/// <see cref="SmsOutcome.Failed"/> logged by the failure's type only, and a refusal logged by its code only.
/// </summary>
internal static class SmsHttp
{
    public static async Task<SmsOutcome> SendAsync<TAnswer>(
        HttpClient client, HttpRequestMessage request, JsonTypeInfo<TAnswer> answerType, Func<TAnswer?, bool, SmsOutcome> judge,
        SmsProvider provider, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadFromJsonAsync(answerType, cancellationToken);
            return judge(answer, response.IsSuccessStatusCode);
        }
        catch (Exception ex) when ((ex is HttpRequestException or JsonException or NotSupportedException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            SmsLog.Unreachable(logger, provider, ex.GetType().Name);
            return SmsOutcome.Failed;
        }
    }

    /// <summary>Sent when the provider accepted; otherwise Throttled (its own flow control) or Failed, logged with the code.</summary>
    public static SmsOutcome Outcome(SmsProvider provider, ILogger logger, string code, bool accepted, bool throttled)
    {
        if (accepted)
        {
            SmsLog.Sent(logger, provider);
            return SmsOutcome.Sent;
        }

        var outcome = throttled ? SmsOutcome.Throttled : SmsOutcome.Failed;
        SmsLog.Refused(logger, provider, code, outcome);
        return outcome;
    }
}
