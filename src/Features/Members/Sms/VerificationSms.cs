using System.Globalization;

namespace EngageBot.Features.Members.Sms;

/// <summary>
/// A sign-in code for one phone. <see cref="ToString"/> hides both, so the record can never leak them into a log
/// by accident.
/// </summary>
public sealed record VerificationSms(string Phone, string Code, TimeSpan ValidFor)
{
    public int Minutes => (int)Math.Ceiling(ValidFor.TotalMinutes);

    /// <summary>The text of the message (what the File provider writes; the providers' templates hold their own).</summary>
    public string Text => string.Format(CultureInfo.InvariantCulture,
        "【工会小助手】您的登录验证码是 {0}，{1} 分钟内有效，请勿告诉他人。Your sign-in code is {0}, valid for {1} minutes.", Code, Minutes);

    public override string ToString() => "VerificationSms { Phone = ***, Code = *** }";
}
