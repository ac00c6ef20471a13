using System.Globalization;
using System.Text.RegularExpressions;

namespace EngageBot.Features.Polls;

/// <summary>
/// A vote typed instead of tapped: "1", "1 3", "选2", "投票 2、3", "vote 2", "投 羽毛球". A verb followed directly by
/// words ("投诉食堂") is not a vote; option words need a space or colon after the verb. <see cref="Explicit"/> says a
/// verb was used (in groups a bare number is a vote only when the bot is @mentioned).
/// </summary>
public sealed partial record TypedVote(bool Explicit, IReadOnlyList<int> Numbers, string? Words)
{
    public static TypedVote? Parse(string text)
    {
        var trimmed = text.Trim().Normalize(System.Text.NormalizationForm.FormKC); // full-width digits and colons become ASCII
        if (BareNumbers().IsMatch(trimmed))
        {
            return new TypedVote(false, ReadNumbers(trimmed), null);
        }

        if (VerbNumbers().Match(trimmed) is { Success: true } numbers)
        {
            return new TypedVote(true, ReadNumbers(numbers.Groups["rest"].Value), null);
        }

        return VerbWords().Match(trimmed) is { Success: true } words ? new TypedVote(true, [], words.Groups["rest"].Value.Trim()) : null;
    }

    /// <summary>
    /// The option numbers this vote names on <paramref name="options"/>: numbers as given, or the option whose text the
    /// words are (or the one option that contains them). Null when the words name no option.
    /// </summary>
    public IReadOnlyList<int>? Resolve(IReadOnlyList<string> options)
    {
        if (Words is null)
        {
            return Numbers;
        }

        var exact = options.Select((o, i) => (o, i)).Where(x => string.Equals(x.o.Trim(), Words, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : [.. options.Select((o, i) => (o, i)).Where(x => x.o.Contains(Words, StringComparison.OrdinalIgnoreCase))];
        return matches.Count == 1 ? [matches[0].i + 1] : null;
    }

    private static List<int> ReadNumbers(string text) =>
        [.. Separators().Split(text).Where(t => t.Length > 0).Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)];

    [GeneratedRegex(@"^\d{1,2}([\s,、;；]+\d{1,2}){0,9}$")]
    private static partial Regex BareNumbers();

    [GeneratedRegex(@"^(选择|选|投票|投|vote|choose)\s*:?\s*(?<rest>\d{1,2}([\s,、;；和]+\d{1,2}){0,9})$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbNumbers();

    [GeneratedRegex(@"^(选择|选|投票|投|vote|choose)(\s*:\s*|\s+)(?<rest>\S.{0,49})$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbWords();

    [GeneratedRegex(@"[\s,、;；和]+")]
    private static partial Regex Separators();
}
