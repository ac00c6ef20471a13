namespace EngageBot.Features.Staff;

/// <summary><c>POST /api/admin/staff</c> (admins only): a new staff account; role "staff" (default) or "admin".</summary>
public sealed record CreateStaffRequest(string? UserName, string? Password, string? Role);
