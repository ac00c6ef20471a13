using System.Diagnostics.Metrics;

namespace EngageBot.Features.SignUps;

/// <summary>Sign-up and cancellation requests by outcome, from chat, groups' 接龙 and the console alike.</summary>
public static class SignUpMetrics
{
    public const string MeterName = "EngageBot.SignUps";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> SignUps = Meter.CreateCounter<long>(
        "engagebot.signups", "{request}", "Sign-up requests by outcome (confirmed, waitlisted, already_signed_up, not_found, activity_cancelled, deadline_passed).");

    private static readonly Counter<long> Cancellations = Meter.CreateCounter<long>(
        "engagebot.signup.cancellations", "{request}", "Cancellation requests by outcome (cancelled, not_signed_up, not_found, deadline_passed).");

    public static void SignedUp(SignUpResultKind kind) => SignUps.Add(1, new KeyValuePair<string, object?>("outcome", kind switch
    {
        SignUpResultKind.Confirmed => "confirmed",
        SignUpResultKind.Waitlisted => "waitlisted",
        SignUpResultKind.AlreadySignedUp => "already_signed_up",
        SignUpResultKind.ActivityNotFound => "not_found",
        SignUpResultKind.ActivityCancelled => "activity_cancelled",
        _ => "deadline_passed",
    }));

    public static void Cancelled(CancelResultKind kind) => Cancellations.Add(1, new KeyValuePair<string, object?>("outcome", kind switch
    {
        CancelResultKind.Cancelled => "cancelled",
        CancelResultKind.NotSignedUp => "not_signed_up",
        CancelResultKind.ActivityNotFound => "not_found",
        _ => "deadline_passed",
    }));
}
