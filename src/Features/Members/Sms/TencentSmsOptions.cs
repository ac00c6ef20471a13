namespace EngageBot.Features.Members.Sms;

/// <summary>Tencent Cloud SMS (<c>Sms:Tencent:…</c>): an API key, an SMS application, an approved signature and template.</summary>
public sealed class TencentSmsOptions
{
    /// <summary>The API key's SecretId (访问管理 → API 密钥).</summary>
    public string SecretId { get; set; } = string.Empty;

    /// <summary>The API key's SecretKey; only ever used to sign, never sent or logged.</summary>
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>The SMS application's SdkAppId (短信 → 应用管理), e.g. 1400006666.</summary>
    public string SdkAppId { get; set; } = string.Empty;

    /// <summary>The approved signature's text (签名内容), e.g. 某某区总工会.</summary>
    public string SignName { get; set; } = string.Empty;

    /// <summary>The approved verification-code template's id; its first parameter {1} is the code.</summary>
    public string TemplateId { get; set; } = string.Empty;

    /// <summary>True when the template has a second parameter {2} for the minutes the code stays valid.</summary>
    public bool TemplateHasMinutes { get; set; }

    public string Region { get; set; } = "ap-guangzhou";

    public Uri BaseUrl { get; set; } = new("https://sms.tencentcloudapi.com");
}
