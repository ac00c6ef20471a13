namespace EngageBot.Features.Members.Sms;

/// <summary>Where sign-in codes go (<c>Sms:Provider</c>).</summary>
public enum SmsProvider
{
    /// <summary>Appended to a JSON-lines file (<c>Sms:FilePath</c>): local development and tests, nothing is sent.</summary>
    File,

    /// <summary>Tencent Cloud SMS (API 3.0, SendSms 2021-01-11, TC3-HMAC-SHA256).</summary>
    Tencent,

    /// <summary>Alibaba Cloud SMS (Dysmsapi SendSms 2017-05-25, RPC signature).</summary>
    Aliyun,
}
