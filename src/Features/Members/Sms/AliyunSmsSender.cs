using System.Globalization;
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
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.BaseUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        return await SmsHttp.SendAsync(clients.CreateClient(HttpClientName), request, AliyunSmsJson.Default.AliyunAnswer,
            (answer, httpSuccess) => Judge(answer?.Code ?? (httpSuccess ? "NoCode" : "HttpError")), SmsProvider.Aliyun, logger, cancellationToken);
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

    // isv.BUSINESS_LIMIT_CONTROL: Alibaba's per-number flow control (per minute, hour, day); Throttling.*: API rate.
    private SmsOutcome Judge(string code) => SmsHttp.Outcome(SmsProvider.Aliyun, logger, code, accepted: code == "OK",
        throttled: code is "isv.BUSINESS_LIMIT_CONTROL" || code.StartsWith("Throttling", StringComparison.Ordinal));
}
