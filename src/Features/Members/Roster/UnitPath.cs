namespace EngageBot.Features.Members.Roster;

/// <summary>
/// Organisation units as paths, outermost first, joined by '/' (区总工会/基层工会/部门). Staff write them with '/',
/// '>' or '→' (and their full-width forms); each part is trimmed and empty parts are dropped.
/// </summary>
public static class UnitPath
{
    public const char Separator = '/';
    public const int MaxLength = 200;
    public const int MaxPartLength = 64;

    private static readonly char[] Separators = ['/', '>', '→', '／', '＞', '\\'];

    /// <summary>The normalised path, or null when nothing is left or a part is too long or holds control characters.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Any(p => p.Length > MaxPartLength || p.Any(char.IsControl)))
        {
            return null;
        }

        var path = string.Join(Separator, parts);
        return path.Length <= MaxLength ? path : null;
    }

    /// <summary>True when <paramref name="unit"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsWithin(string unit, string ancestor) =>
        unit.Length == ancestor.Length
            ? string.Equals(unit, ancestor, StringComparison.Ordinal)
            : unit.Length > ancestor.Length && unit[ancestor.Length] == Separator && unit.StartsWith(ancestor, StringComparison.Ordinal);
}
