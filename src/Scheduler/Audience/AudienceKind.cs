namespace EngageBot.Scheduler.Audience;

/// <summary>The audience kinds a notice can name besides "all" and explicit members.</summary>
public enum AudienceKind
{
    Groups,
    Clubs,
    Activities,
}
