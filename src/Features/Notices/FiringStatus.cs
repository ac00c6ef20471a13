using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>States of a firing row, and what <see cref="NoticeFiringService.FireAsync"/> did.</summary>
public static class FiringStatus
{
    public const string Expanding = "expanding";
    public const string Ready = "ready";
    public const string Held = "held";
    public const string Skipped = "skipped";
}
