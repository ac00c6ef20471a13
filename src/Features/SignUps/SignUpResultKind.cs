using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>How a sign-up request ended.</summary>
public enum SignUpResultKind
{
    Confirmed,
    Waitlisted,
    AlreadySignedUp,
    ActivityNotFound,
    ActivityCancelled,
    DeadlinePassed,
}
