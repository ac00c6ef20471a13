using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>The audience kinds a notice can name besides "all" and explicit members.</summary>
public enum AudienceKind
{
    Groups,
    Clubs,
    Activities,
    Units,

    /// <summary>WeCom group robots (by name), each posting to its group.</summary>
    WeComRobots,
}
