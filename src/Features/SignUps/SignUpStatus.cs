using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>A sign-up's state. Confirmed and attended hold a seat; waitlisted waits in line for one.</summary>
public enum SignUpStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
    Attended,
}
