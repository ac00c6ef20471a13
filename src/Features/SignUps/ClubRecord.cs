using EngageBot.Infrastructure;

namespace EngageBot.Features.SignUps;

/// <summary>A club as stored: names and description in Chinese and (optionally) English.</summary>
public sealed record ClubRecord(
    string Id,
    string Name,
    string? NameEn,
    string? Description,
    string? DescriptionEn,
    string? Schedule,
    string? Place,
    string? Contact,
    bool IsActive);
