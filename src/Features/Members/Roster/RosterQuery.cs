namespace EngageBot.Features.Members.Roster;

/// <summary>
/// A roster search: <see cref="Text"/> matches part of the member number or the name; <see cref="Unit"/> takes the
/// unit and everything under it; <see cref="Page"/> counts from 1.
/// </summary>
public sealed record RosterQuery(string? Text, string? Unit, MemberStatus? Status, int Page, int PageSize);
