using System.Text.RegularExpressions;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// "we go fishing on sundays", "lets go camping", "went skating last week": English "go" before a pastime's -ing is the
/// verb of an outing, not the board game Go (the chess club's word), and the outing is the member's own plan. Pastimes
/// the union's clubs run (dancing, painting) and the union named keep it the union's.
/// </summary>
public static partial class GoingOut
{
    /// <summary>-ing words after "go" that are a club's pastime or no outing at all.</summary>
    private static readonly string[] Ours = ["dancing", "painting", "drawing", "playing", "training", "learning", "nothing", "something", "anything", "everything"];

    /// <summary>The outing ("go fishing"), or null.</summary>
    public static string? Find(string normalized)
    {
        if (normalized.Any(TextNormalizer.IsHan) || Phrases.Contains(normalized, OutOfScopeDetector.UnionNamed))
        {
            return null;
        }

        var outing = Outing().Match(normalized);
        return outing.Success && !Ours.Contains(outing.Groups["doing"].Value) ? outing.Value : null;
    }

    [GeneratedRegex(@"\b(go|goes|going|went|gone)\s+(?<doing>[a-z]{3,}ing)\b")]
    private static partial Regex Outing();
}
