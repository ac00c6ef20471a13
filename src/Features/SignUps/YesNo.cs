namespace EngageBot.Features.SignUps;

/// <summary>What the member's message says to an open yes/no question.</summary>
public enum YesNo
{
    /// <summary>No open question of this member's, it expired, or the text is neither yes nor no.</summary>
    Neither,
    Yes,
    No,
}
