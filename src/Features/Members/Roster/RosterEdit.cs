namespace EngageBot.Features.Members.Roster;

/// <summary>What an edit of one member's details did.</summary>
public enum RosterEditOutcome
{
    Updated,
    UnknownMember,

    /// <summary>Another member's row has the 企业微信账号: nothing changed (two holders would bind neither).</summary>
    WeComAccountTaken,
}

/// <summary>The outcome, and for <see cref="RosterEditOutcome.WeComAccountTaken"/> the member number that holds the account.</summary>
public readonly record struct RosterEdit(RosterEditOutcome Outcome, string? WeComHolder = null);
