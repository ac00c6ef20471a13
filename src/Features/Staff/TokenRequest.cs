namespace EngageBot.Features.Staff;

/// <summary>The body of <c>POST /api/admin/token</c>.</summary>
public sealed record TokenRequest(string? UserName, string? Password);
