using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>Why a member must be told something they did not ask for.</summary>
public enum SignUpNoticeKind
{
    Promoted,
    ActivityCancelled,
}

/// <summary>A notice from the outbox, with what is needed to word and address it.</summary>
public sealed record SignUpNotice(long Id, SignUpNoticeKind Kind, SignUpRecord SignUp, ActivityRecord Activity);
