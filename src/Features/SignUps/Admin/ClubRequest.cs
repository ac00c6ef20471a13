namespace EngageBot.Features.SignUps.Admin;

/// <summary><c>POST/PUT /api/admin/clubs</c>; <see cref="Id"/> (letters, digits, '-') is chosen on create, or generated.</summary>
public sealed record ClubRequest(
    string? Id,
    string? Name,
    string? NameEn,
    string? Description,
    string? DescriptionEn,
    string? Schedule,
    string? Place,
    string? Contact);
