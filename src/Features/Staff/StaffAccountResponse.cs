namespace EngageBot.Features.Staff;

/// <summary>A staff account as admins see it (never its password hash).</summary>
public sealed record StaffAccountResponse(string Id, string UserName, string Role, DateTimeOffset CreatedAt, bool LockedOut);
