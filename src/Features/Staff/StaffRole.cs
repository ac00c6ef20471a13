using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>What a staff account may do: admins manage staff accounts too; staff run clubs and activities.</summary>
public enum StaffRole
{
    Staff,
    Admin,
}
