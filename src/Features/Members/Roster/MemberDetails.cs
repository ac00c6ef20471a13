namespace EngageBot.Features.Members.Roster;

/// <summary>A member's details as staff give them (a row of the import file or the edit form), not yet checked.</summary>
public sealed record MemberDetails(string? MemberNumber, string? Name, string? Phone, string? Unit, string? JoinedOn, string? WeComUserId = null);
