namespace EngageBot.Features.Members.Sms;

/// <summary>SendSms 2021-01-11's request body (Tencent's own field names).</summary>
public sealed record TencentSendSms(
    string[] PhoneNumberSet, string SmsSdkAppId, string SignName, string TemplateId, string[] TemplateParamSet);

/// <summary>Every Tencent Cloud API 3.0 answer is <c>{"Response":{…}}</c>.</summary>
public sealed record TencentEnvelope(TencentResponse? Response);

/// <summary>An <see cref="Error"/> when the call failed as a whole; otherwise one status per phone number.</summary>
public sealed record TencentResponse(TencentError? Error, List<TencentSendStatus>? SendStatusSet, string? RequestId);

public sealed record TencentError(string? Code, string? Message);

/// <summary>One number's status: <c>Code</c> is "Ok" when the message was accepted.</summary>
public sealed record TencentSendStatus(string? Code, string? Message);
