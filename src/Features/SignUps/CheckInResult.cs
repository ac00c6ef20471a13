using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>How a check-in went.</summary>
public enum CheckInResultKind
{
    CheckedIn,
    AlreadyCheckedIn,
    WrongCode,
    NotConfirmed,
    NotOpen,
}

/// <summary>The answer to a check-in, with the activity when the code matched one.</summary>
public sealed record CheckInResult(CheckInResultKind Kind, ActivityRecord? Activity);
