namespace EngageBot.Features.Members.Sms;

/// <summary>
/// What <see cref="ISmsSender"/> is with no provider configured. Sign-in answers 503 before it would send, so this
/// is only the last guard: nothing leaves.
/// </summary>
public sealed class NoSmsSender : ISmsSender
{
    public Task<SmsOutcome> SendAsync(VerificationSms message, CancellationToken cancellationToken) => Task.FromResult(SmsOutcome.Failed);
}
