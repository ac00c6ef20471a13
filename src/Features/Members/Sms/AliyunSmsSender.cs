using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// Alibaba Cloud SMS: Dysmsapi <c>SendSms</c> (version 2017-05-25) as an RPC call, POSTed form-encoded to
/// <c>Sms:Aliyun:BaseUrl</c> (so the phone number is in no URL), signed with the RPC signature. The answer is JSON:
/// <c>Code</c> "OK", or the refusal's code, logged alone.
/// </summary>
public sealed class AliyunSmsSender(
    IHttpClientFactory clients, IOptions<SmsOptions> options, TimeProvider clock, ILogger<AliyunSmsSender> logger) : ISmsSender
{
    public const string HttpClientName = "sms-aliyun";

    public async Task<SmsOutcome> SendAsync(VerificationSms message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Aliyun;
        var query = AliyunRpcSignature.CanonicalQuery(Parameters(settings, message));
        var signature = AliyunRpcSignature.Signature(settings.AccessKeySecret, AliyunRpcSignature.StringToSign("POST", query));
        var body = "Signature=" + AliyunRpcSignature.PercentEncode(signature) + "&" + query;
        using var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        try
        {
            using var response = await clients.CreateClient(HttpClientName).PostAsync(settings.BaseUrl, content, cancellationToken);
            var answer = await response.Content.ReadFromJsonAsync(AliyunSmsJson.Default.AliyunAnswer, cancellationToken);
            return Judge(answer?.Code ?? (response.IsSuccessStatusCode ? "NoCode" : "HttpError"));
        }
        catch (Exception ex) when ((ex is HttpRequestException or JsonException or NotSupportedException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            SmsLog.Unreachable(logger, SmsProvider.Aliyun, ex.GetType().Name);
            return SmsOutcome.Failed;
        }
    }

    private Dictionary<string, string> Parameters(AliyunSmsOptions settings, VerificationSms message)
    {
        var template = new Dictionary<string, string> { [settings.CodeParameter] = message.Code };
        if (settings.MinutesParameter.Length > 0)
        {
            template[settings.MinutesParameter] = message.Minutes.ToString(CultureInfo.InvariantCulture);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = settings.AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = message.Phone.TrimStart('+'),
            ["RegionId"] = settings.RegionId,
            ["SignName"] = settings.SignName,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = settings.TemplateCode,
            ["TemplateParam"] = JsonSerializer.Serialize(template, SmsJson.Default.DictionaryStringString),
            ["Timestamp"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Version"] = "2017-05-25",
        };
    }

    private SmsOutcome Judge(string code)
    {
        if (code == "OK")
        {
            SmsLog.Sent(logger, SmsProvider.Aliyun);
            return SmsOutcome.Sent;
        }

        // isv.BUSINESS_LIMIT_CONTROL: Alibaba's per-number flow control (per minute, hour, day); Throttling.*: API rate.
        var outcome = code is "isv.BUSINESS_LIMIT_CONTROL" || code.StartsWith("Throttling", StringComparison.Ordinal)
            ? SmsOutcome.Throttled
            : SmsOutcome.Failed;
        SmsLog.Refused(logger, SmsProvider.Aliyun, code, outcome);
        return outcome;
    }
}
