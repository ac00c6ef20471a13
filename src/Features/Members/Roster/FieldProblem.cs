namespace EngageBot.Features.Members.Roster;

/// <summary>What is wrong with one field of a member's details, in Chinese and English.</summary>
public sealed record FieldProblem(string Field, string Chinese, string English)
{
    public string Text => $"{Chinese} / {English}";

    /// <summary>Several problems as one reason: the Chinese parts, then the English ones.</summary>
    public static string Join(IEnumerable<FieldProblem> problems)
    {
        var list = problems.ToList();
        return $"{string.Join('；', list.Select(p => p.Chinese))} / {string.Join("; ", list.Select(p => p.English))}";
    }
}
