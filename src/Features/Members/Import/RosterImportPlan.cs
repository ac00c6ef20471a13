using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members.Import;

/// <summary>What a file asks for: the members its good rows describe (each number once) and the rows it skips.</summary>
public sealed record RosterImportPlan(IReadOnlyList<RosterMember> Members, IReadOnlyList<RejectedRow> Rejected, IReadOnlyList<int> MemberRows)
{
    /// <summary>
    /// The plan without the members whose 企业微信账号 another member's row already has (<paramref name="holders"/>:
    /// account → member number): those rows are rejected, naming the holder, as an edit would be refused.
    /// </summary>
    public RosterImportPlan WithoutTakenWeComAccounts(IReadOnlyDictionary<string, string> holders)
    {
        var members = new List<RosterMember>();
        var rows = new List<int>();
        var rejected = new List<RejectedRow>(Rejected);
        for (var i = 0; i < Members.Count; i++)
        {
            var member = Members[i];
            if (member.WeComUserId is { } account && holders.TryGetValue(account, out var holder) && holder != member.MemberNumber)
            {
                rejected.Add(new RejectedRow(MemberRows[i], $"企业微信账号 {account} 已在会员 {holder} 名下 / WeCom account {account} is already on member {holder}"));
                continue;
            }

            members.Add(member);
            rows.Add(MemberRows[i]);
        }

        return rejected.Count == Rejected.Count ? this : new RosterImportPlan(members, [.. rejected.OrderBy(r => r.Line)], rows);
    }
}
