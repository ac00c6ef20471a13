namespace EngageBot.Features.Staff;

/// <summary>What a staff token carries: the account, its role, and when it expires (unix seconds).</summary>
public sealed record StaffTokenPayload(string Sub, string Role, long Exp);
