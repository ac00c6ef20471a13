using EngageBot.Features.SignUps;

namespace EngageBot.Features.Staff;

/// <summary>The staff account's linked member number after the change.</summary>
public sealed record StaffMemberNumberResponse(string Id, string? MemberNumber);
