namespace EngageBot.Features.Members.Sms;

/// <summary>Sends one sign-in code by SMS. Never throws for the provider's refusals: the outcome says how it went.</summary>
public interface ISmsSender
{
    Task<SmsOutcome> SendAsync(VerificationSms message, CancellationToken cancellationToken);
}
