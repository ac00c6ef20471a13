namespace EngageBot.Features.Members.Sms;

/// <summary>Dysmsapi's answer: <c>Code</c> is "OK" on success, otherwise the reason (e.g. isv.BUSINESS_LIMIT_CONTROL).</summary>
public sealed record AliyunAnswer(string? Code, string? Message, string? RequestId);
