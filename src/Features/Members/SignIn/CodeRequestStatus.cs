namespace EngageBot.Features.Members.SignIn;

/// <summary>What became of a request for a sign-in code.</summary>
public enum CodeRequestStatus
{
    /// <summary>Recorded (and, for a matching active member, a code is pending and on its way).</summary>
    Issued,

    /// <summary>A code was asked for this number less than the resend interval ago.</summary>
    ResendTooSoon,

    /// <summary>This number has used up its requests for the current window.</summary>
    TooManyForNumber,
}

/// <summary>The store's answer; <see cref="RetryAfter"/> is how long to wait when refused.</summary>
public sealed record CodeRequestResult(CodeRequestStatus Status, TimeSpan RetryAfter);
