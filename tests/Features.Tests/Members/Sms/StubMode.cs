namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>How a provider stub answers a well-signed request.</summary>
public enum StubMode
{
    Accept,

    /// <summary>The provider's per-number flow control.</summary>
    RateLimit,
}
