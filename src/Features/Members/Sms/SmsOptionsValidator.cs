using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.Sms;

/// <summary>Refuses to start with a provider that lacks what it needs (the names of the missing settings, never values).</summary>
public sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        var failures = new List<string>();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(1))
        {
            failures.Add("Sms:Timeout must be above zero and at most one minute.");
        }

        switch (options.Provider)
        {
            case SmsProvider.File when string.IsNullOrWhiteSpace(options.FilePath):
                failures.Add("Sms:FilePath is required when Sms:Provider is File.");
                break;
            case SmsProvider.Tencent:
                var tencent = options.Tencent;
                Require(failures, "Sms:Tencent:", ("SecretId", tencent.SecretId), ("SecretKey", tencent.SecretKey),
                    ("SdkAppId", tencent.SdkAppId), ("SignName", tencent.SignName), ("TemplateId", tencent.TemplateId), ("Region", tencent.Region));
                RequireUrl(failures, "Sms:Tencent:BaseUrl", tencent.BaseUrl);
                break;
            case SmsProvider.Aliyun:
                var aliyun = options.Aliyun;
                Require(failures, "Sms:Aliyun:", ("AccessKeyId", aliyun.AccessKeyId), ("AccessKeySecret", aliyun.AccessKeySecret),
                    ("SignName", aliyun.SignName), ("TemplateCode", aliyun.TemplateCode), ("CodeParameter", aliyun.CodeParameter),
                    ("RegionId", aliyun.RegionId));
                RequireUrl(failures, "Sms:Aliyun:BaseUrl", aliyun.BaseUrl);
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string prefix, params (string Key, string Value)[] settings) =>
        failures.AddRange(settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => $"{prefix}{s.Key} is required for this SMS provider."));

    private static void RequireUrl(List<string> failures, string key, Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
        }
    }
}
