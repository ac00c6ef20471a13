namespace EngageBot.Features.Knowledge;

/// <summary>An action a message names and how it asks for it.</summary>
public readonly record struct ActionReading(MemberAction Action, ActionMode Mode)
{
    /// <summary>
    /// True when only a verb like 参加/join suggests a sign-up: it counts as one only when the message names an
    /// activity or club, and even then it is confirmed first.
    /// </summary>
    public bool Weak { get; init; }

    /// <summary>True when the reading may change data without asking the member first.</summary>
    public bool Acts => Mode == ActionMode.Command && Action != MemberAction.MySignUps;
}
