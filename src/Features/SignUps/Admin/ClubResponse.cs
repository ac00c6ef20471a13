namespace EngageBot.Features.SignUps.Admin;

/// <summary>A club as staff see it.</summary>
public sealed record ClubResponse(
    string Id,
    string Name,
    string? NameEn,
    string? Description,
    string? DescriptionEn,
    string? Schedule,
    string? Place,
    string? Contact,
    string Status);
