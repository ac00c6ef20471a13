using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>Whether an activity still takes place.</summary>
public enum ActivityStatus
{
    Active,
    Cancelled,
}
