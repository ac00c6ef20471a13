namespace EngageBot.Features.Members.Sms;

/// <summary>Alibaba Cloud SMS (<c>Sms:Aliyun:…</c>): a RAM AccessKey, an approved signature and template.</summary>
public sealed class AliyunSmsOptions
{
    public string AccessKeyId { get; set; } = string.Empty;

    /// <summary>The AccessKey secret; only ever used to sign, never sent or logged.</summary>
    public string AccessKeySecret { get; set; } = string.Empty;

    /// <summary>The approved signature (签名名称).</summary>
    public string SignName { get; set; } = string.Empty;

    /// <summary>The approved verification-code template (模板 CODE), e.g. SMS_123456789.</summary>
    public string TemplateCode { get; set; } = string.Empty;

    /// <summary>The template variable that receives the code: ${code} by default.</summary>
    public string CodeParameter { get; set; } = "code";

    /// <summary>The template variable for the minutes the code stays valid; empty when the template has none.</summary>
    public string MinutesParameter { get; set; } = string.Empty;

    public string RegionId { get; set; } = "cn-hangzhou";

    public Uri BaseUrl { get; set; } = new("https://dysmsapi.aliyuncs.com");
}
