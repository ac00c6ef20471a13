using System.Globalization;
using System.Text;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Eval;

/// <summary>Scores one half of the evaluation set: overall, per label and tag, the worst confusions, fallback and no-act rates.</summary>
public sealed class EvalReport
{
    private EvalReport(string name, IReadOnlyList<EvalOutcome> outcomes)
    {
        Name = name;
        Outcomes = outcomes;
    }

    public string Name { get; }

    public IReadOnlyList<EvalOutcome> Outcomes { get; }

    /// <summary>Mean credit over every line (see <see cref="EvalOutcome.Credit"/>).</summary>
    public double Overall => Rate(Outcomes);

    /// <summary>Right answers with every ask-back scored wrong (the scoring before ask-backs got half credit).</summary>
    public double StrictOverall => Outcomes.Count == 0 ? 1 : (double)Outcomes.Count(o => o.AnsweredRight) / Outcomes.Count;

    /// <summary>Right answers over the topic and command lines (not <c>none</c>, not <c>noact:*</c>).</summary>
    public double Answers => Rate(Outcomes.Where(o => !o.Line.IsNone && !o.Line.IsNoAct));

    /// <summary>Honest fallback on out-of-scope lines.</summary>
    public double Fallback => Rate(Outcomes.Where(o => o.Line.IsNone));

    /// <summary>Action-shaped questions and negations that started no action.</summary>
    public double NoAct => Rate(Outcomes.Where(o => o.Line.IsNoAct));

    /// <summary>
    /// The lines whose index (among data lines) is or is not a multiple of three: the fifth session's own hold-out
    /// inside dev ("dev-check", index mod 3 == 0) and the part tuned on ("dev-tune").
    /// </summary>
    public EvalReport Part(bool check) => new(Name + (check ? " dev-check" : " dev-tune"), [.. Outcomes.Where((_, i) => (i % 3 == 0) == check)]);

    /// <summary>Alternate data lines: even index the half tuned on, odd index the half held for a check (probes-3, probes-long).</summary>
    public EvalReport Alternate(bool held) => new(Name + (held ? " held half" : " tuned half"), [.. Outcomes.Where((_, i) => (i % 2 == 1) == held)]);

    public static EvalReport Score(string file, IIntentRecognizer recognizer) =>
        new(file, [.. EvalLine.Load(file).Select(line => new EvalOutcome(line, recognizer.Recognize(line.Utterance)))]);

    public string Print(int worstPairs = 15)
    {
        var text = new StringBuilder();
        var twos = Outcomes.Where(o => o.Line.Second is not null).ToList();
        var asked = Outcomes.Where(o => o.AskedBack).ToList();
        text.AppendLine(Invariant($"{Name}: {Outcomes.Sum(o => o.Credit)}/{Outcomes.Count} right ({Overall:P1}); topics and commands {Answers:P1}; honest fallback on none {Fallback:P1}; no-act on noact:* {NoAct:P1}"));
        text.AppendLine(Invariant($"answered right {StrictOverall:P1} (an ask-back scored wrong, as before); asked back {asked.Count} ({(double)asked.Count / Outcomes.Count:P1}), {asked.Count(o => o.OfferedRight)} of them offering the right answer (½ each)"));
        text.AppendLine(Invariant($"two questions: main right {Rate(twos):P1}, both answered {(twos.Count == 0 ? 0 : (double)twos.Count(o => o.BothOffered) / twos.Count):P1} of {twos.Count}"));
        text.AppendLine("per tag:");
        foreach (var tag in Outcomes.SelectMany(o => o.Line.Tags).Distinct().Order(StringComparer.Ordinal))
        {
            var tagged = Outcomes.Where(o => o.Line.Tags.Contains(tag)).ToList();
            text.AppendLine(Invariant($"  {tag,-10} {Rate(tagged),7:P1}  ({tagged.Count})"));
        }

        text.AppendLine("per label:");
        foreach (var group in Outcomes.GroupBy(o => o.Line.Second is null ? o.Line.Label : "two-question").OrderBy(g => Rate(g)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Invariant($"  {group.Key,-30} {Rate(group),7:P1}  ({group.Count(o => o.Right)}/{group.Count()})"));
        }

        text.AppendLine("worst confusions (expected → got):");
        foreach (var pair in Confusions().Take(worstPairs))
        {
            text.AppendLine(Invariant($"  {pair.Count,3}  {pair.Expected} → {pair.Got}"));
        }

        return text.ToString();
    }

    /// <summary>Every miss with what was read, for tuning on the dev half only.</summary>
    public string PrintMisses() => string.Join('\n', Outcomes.Where(o => !o.Right).Select(o =>
        $"{o.Line.Label}\t{o.Result.Label}\t{string.Join(' ', o.Result.Candidates.Take(3).Select(c => $"{c.Entry.Id}:{c.Score.ToString("0.00", CultureInfo.InvariantCulture)}"))}\t{o.Line.Utterance}"));

    public IEnumerable<(string Expected, string Got, int Count)> Confusions() =>
        Outcomes.Where(o => !o.Right)
            .GroupBy(o => (Expected: o.Line.Main, Got: o.Line.IsNoAct ? o.Got + " (acts)" : o.Got))
            .Select(g => (g.Key.Expected, g.Key.Got, g.Count()))
            .OrderByDescending(p => p.Item3).ThenBy(p => p.Expected, StringComparer.Ordinal);

    /// <summary>Mean credit: a right answer 1, an ask-back offering the right answer ½ (see <see cref="EvalOutcome.Credit"/>).</summary>
    private static double Rate(IEnumerable<EvalOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : list.Sum(o => o.Credit) / list.Count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
