using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members.Admin;

/// <summary>
/// Builds the unit tree from per-unit counts: every path prefix becomes a node (a 区总工会 with no members of its
/// own still appears above its 基层工会), and each node counts its own members plus all below it.
/// </summary>
public static class UnitTree
{
    public static IReadOnlyList<UnitNode> Build(IEnumerable<UnitCount> units)
    {
        var totals = new SortedDictionary<string, (long Members, long Active)>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var parts = unit.Unit.Split(UnitPath.Separator);
            for (var depth = 1; depth <= parts.Length; depth++)
            {
                var path = string.Join(UnitPath.Separator, parts[..depth]);
                var (members, active) = totals.GetValueOrDefault(path);
                totals[path] = (members + unit.Members, active + unit.Active);
            }
        }

        return Children(totals, parent: null);
    }

    private static List<UnitNode> Children(SortedDictionary<string, (long Members, long Active)> totals, string? parent)
    {
        var depth = parent is null ? 1 : parent.Split(UnitPath.Separator).Length + 1;
        return totals
            .Where(t => t.Key.Split(UnitPath.Separator).Length == depth && (parent is null || UnitPath.IsWithin(t.Key, parent)))
            .Select(t => new UnitNode(t.Key[(t.Key.LastIndexOf(UnitPath.Separator) + 1)..], t.Key, t.Value.Members, t.Value.Active, Children(totals, t.Key)))
            .ToList();
    }
}
