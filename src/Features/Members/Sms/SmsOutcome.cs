namespace EngageBot.Features.Members.Sms;

/// <summary>How sending one SMS went.</summary>
public enum SmsOutcome
{
    Sent,

    /// <summary>The provider's rate limit (per phone, per minute, per day) refused it.</summary>
    Throttled,

    /// <summary>Refused or unreachable: wrong keys, unapproved template, network.</summary>
    Failed,
}
