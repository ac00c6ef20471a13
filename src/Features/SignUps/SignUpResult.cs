using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>
/// The answer to a sign-up: the activity, and the member's sign-up when there is one. <see cref="QueuePlace"/>
/// is the member's current place in the waitlist (1 = next in line).
/// </summary>
public sealed record SignUpResult(SignUpResultKind Kind, ActivityRecord? Activity, SignUpRecord? SignUp, int? QueuePlace);
