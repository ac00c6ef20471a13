namespace EngageBot.Features.Knowledge;

/// <summary>A text as the index's search reads it: spoken forms folded (<see cref="SpokenWords"/>), cut into words, its features.</summary>
internal sealed record QueryReading(string Folded, IReadOnlyList<string> Words, Dictionary<string, float> Features)
{
    public static QueryReading Of(string normalized, ChineseSegmenter segmenter)
    {
        var folded = SpokenWords.Fold(normalized);
        if (folded.Length == 0)
        {
            return new QueryReading(folded, [], new Dictionary<string, float>(StringComparer.Ordinal));
        }

        var words = segmenter.Cut(folded);
        return new QueryReading(folded, words, TextFeatures.Extract(folded, words));
    }
}
