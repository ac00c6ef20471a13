namespace EngageBot.Storage.SignUps;

/// <summary>Whether an activity still takes place.</summary>
public enum ActivityStatus
{
    Active,
    Cancelled,
}
