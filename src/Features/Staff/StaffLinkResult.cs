using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>How linking a staff account to a member number went.</summary>
public enum StaffLinkResult
{
    Linked,
    NotFound,
    NumberTaken,
}
