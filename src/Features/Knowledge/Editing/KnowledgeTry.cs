using EngageBot.Core.Turns;

namespace EngageBot.Features.Knowledge.Editing;

/// <summary>What a recognizer makes of a question, as the editor's "try it" box shows it (the answer in effect at <c>now</c>).</summary>
public static class KnowledgeTry
{
    public static KnowledgeTryResult Result(RecognizedIntent recognized, string text, double answerThreshold, DateTimeOffset now)
    {
        var language = LanguageDetector.Detect(text) ?? Language.Chinese;
        var answer = recognized.Intent is Intent.Faq or Intent.Club && recognized.Top is { } top ? Unfilled.ForMembers(top.Entry.AnswerAt(now)).For(language) : null;
        return new KnowledgeTryResult(
            recognized.Label,
            recognized.Intent.ToString().ToLowerInvariant(),
            recognized.Top?.Entry.Id,
            answer,
            recognized.Top is { } best ? Math.Round(best.Score, 3) : null,
            KnowledgeIndex.MaxScore,
            answerThreshold,
            [.. recognized.Candidates.Select(c => new KnowledgeCandidate(c.Entry.Id, c.Entry.Title.For(language), Math.Round(c.Score, 3)))]);
    }
}
