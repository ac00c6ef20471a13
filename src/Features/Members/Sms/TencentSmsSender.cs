using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// Tencent Cloud SMS: <c>SendSms</c> (version 2021-01-11) posted as JSON to <c>Sms:Tencent:BaseUrl</c>, signed with
/// TC3-HMAC-SHA256. A provider refusal is an outcome, logged by its error code only.
/// </summary>
public sealed class TencentSmsSender(
    IHttpClientFactory clients, IOptions<SmsOptions> options, TimeProvider clock, ILogger<TencentSmsSender> logger) : ISmsSender
{
    public const string HttpClientName = "sms-tencent";
    private const string Service = "sms";
    private const string ContentType = "application/json; charset=utf-8";

    public async Task<SmsOutcome> SendAsync(VerificationSms message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Tencent;
        string[] parameters = settings.TemplateHasMinutes
            ? [message.Code, message.Minutes.ToString(CultureInfo.InvariantCulture)]
            : [message.Code];
        var payload = JsonSerializer.Serialize(
            new TencentSendSms([ToE164(message.Phone)], settings.SdkAppId, settings.SignName, settings.TemplateId, parameters),
            TencentSmsJson.Default.TencentSendSms);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var signature = Tc3Signature.Signature(settings.SecretKey, timestamp, Service,
            Tc3Signature.CanonicalRequest(ContentType, settings.BaseUrl.Authority, payload));

        using var request = new HttpRequestMessage(HttpMethod.Post, settings.BaseUrl) { Content = new StringContent(payload, Encoding.UTF8) };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        request.Headers.TryAddWithoutValidation("Authorization", Tc3Signature.Authorization(settings.SecretId, timestamp, Service, signature));
        request.Headers.Add("X-TC-Action", "SendSms");
        request.Headers.Add("X-TC-Version", "2021-01-11");
        request.Headers.Add("X-TC-Region", settings.Region);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        return await SmsHttp.SendAsync(clients.CreateClient(HttpClientName), request, TencentSmsJson.Default.TencentEnvelope,
            (answer, httpSuccess) => Judge(answer?.Response, httpSuccess), SmsProvider.Tencent, logger, cancellationToken);
    }

    /// <summary>Mainland numbers as stored (11 digits) get +86; numbers already in E.164 are kept.</summary>
    public static string ToE164(string phone) => phone.StartsWith('+') ? phone : "+86" + phone;

    private SmsOutcome Judge(TencentResponse? response, bool httpSuccess)
    {
        var code = response?.Error?.Code ?? response?.SendStatusSet?.FirstOrDefault()?.Code ?? (httpSuccess ? "NoStatus" : "HttpError");
        // LimitExceeded.PhoneNumberThirtySecondLimit, …DailyLimit, RequestLimitExceeded: the provider's own throttles.
        return SmsHttp.Outcome(SmsProvider.Tencent, logger, code,
            accepted: response?.Error is null && string.Equals(code, "Ok", StringComparison.OrdinalIgnoreCase),
            throttled: code.StartsWith("LimitExceeded", StringComparison.Ordinal) || code.StartsWith("RequestLimitExceeded", StringComparison.Ordinal));
    }
}
