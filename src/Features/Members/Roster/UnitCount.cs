namespace EngageBot.Features.Members.Roster;

/// <summary>How many members a unit holds directly (not counting the units under it), and how many are active.</summary>
public sealed record UnitCount(string Unit, long Members, long Active);
