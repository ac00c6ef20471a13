using EngageBot.Core.Time;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge.Editing;

/// <summary>
/// Re-runs the evaluation set's dev half (shipped inside the assembly) on the knowledge now and on a copy with a
/// staff change applied, so the editor shows whether the change helps or hurts before it is saved. One run at a
/// time (about 750 recognitions each side); the score on the current knowledge is kept until the knowledge changes.
/// </summary>
public sealed class KnowledgeEvaluation(IKnowledgeBase knowledge, TimeProvider clock, IOptions<RecognizerOptions> options, UnionTime time) : IDisposable
{
    private const int MaxChanges = 30;

    private static readonly Lazy<List<(string Utterance, string Expected)>> Set = new(Load);

    private readonly SemaphoreSlim _one = new(1, 1);
    private (KnowledgeSnapshot Snapshot, string[] Labels)? _before;

    public static IReadOnlyList<(string Utterance, string Expected)> Lines => Set.Value;

    /// <summary>A recognizer over <paramref name="entries"/>, a copy: the live knowledge is not touched.</summary>
    public IIntentRecognizer RecognizerFor(IReadOnlyList<KnowledgeEntry> entries) => new IntentRecognizer(new KnowledgeBase(entries), clock, options, time);

    public async Task<(EvaluationScore Before, EvaluationScore After, IReadOnlyList<EvaluationChange> Changed)> CompareAsync(
        IReadOnlyList<KnowledgeEntry> changed, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var snapshot = knowledge.Current;
            var before = _before is { } cached && ReferenceEquals(cached.Snapshot, snapshot) ? cached.Labels : Run(RecognizerFor(snapshot.Entries));
            _before = (snapshot, before);
            var after = Run(RecognizerFor(changed));
            var lines = Set.Value;
            var changes = new List<EvaluationChange>();
            for (var i = 0; i < lines.Count && changes.Count < MaxChanges; i++)
            {
                var (wasRight, isRight) = (before[i] == lines[i].Expected, after[i] == lines[i].Expected);
                if (wasRight != isRight)
                {
                    changes.Add(new EvaluationChange(lines[i].Utterance, lines[i].Expected, before[i], after[i], isRight));
                }
            }

            return (Score(before), Score(after), changes);
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();

    private static string[] Run(IIntentRecognizer recognizer) => [.. Set.Value.Select(line => recognizer.Recognize(line.Utterance).Label)];

    private static EvaluationScore Score(string[] labels)
    {
        var lines = Set.Value;
        var correct = labels.Where((label, i) => label == lines[i].Expected).Count();
        return new EvaluationScore(correct, lines.Count, lines.Count == 0 ? 0 : Math.Round((double)correct / lines.Count, 4));
    }

    private static List<(string, string)> Load()
    {
        using var stream = typeof(KnowledgeEvaluation).Assembly.GetManifestResourceStream("Knowledge/Evaluation/dev.tsv");
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        var lines = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (line.Length > 0 && !line.StartsWith('#') && parts.Length >= 2)
            {
                lines.Add((parts[0], parts[1]));
            }
        }

        return lines;
    }
}
