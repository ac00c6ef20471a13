using EngageBot.Features.SignUps;

namespace EngageBot.Features.Staff;

/// <summary>Body of <c>PUT /api/admin/staff/{id}/member-number</c>: the number, or null to unlink.</summary>
public sealed record StaffMemberNumberRequest(string? MemberNumber);
