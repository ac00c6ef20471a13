namespace EngageBot.Features.Members.Roster;

/// <summary>Whether a rostered member may sign in and receive notices.</summary>
public enum MemberStatus
{
    Active,
    Deactivated,
}

/// <summary>The stored text of <see cref="MemberStatus"/>: one mapping, used by every query.</summary>
public static class MemberStatusText
{
    public static string ToText(this MemberStatus status) => status switch
    {
        MemberStatus.Active => "active",
        MemberStatus.Deactivated => "deactivated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static MemberStatus Parse(string text) => text switch
    {
        "active" => MemberStatus.Active,
        "deactivated" => MemberStatus.Deactivated,
        _ => throw new FormatException($"Unknown member status '{text}'."),
    };
}
