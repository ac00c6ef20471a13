using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using EngageBot.Features.Knowledge;
using EngageBot.Features.Knowledge.Learned;
using EngageBot.Features.Tests.Eval;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>
/// Throwaway measurement (session 29, learn31): leave-one-set-out over the tuning sets, the learned model's verdict
/// simulated at the recognizer's three consult points from the rules' outcome recorded once with the model silenced.
/// </summary>
public sealed class LearnedLeaveOneSetOut(ITestOutputHelper output)
{
    private static readonly string[] Whole = ["dev.tsv", "extra.tsv", "probes-2.tsv", "out-of-scope-2.tsv", "out-of-scope-3.tsv", "out-of-scope-4.tsv"];

    private static readonly string[] Split =
    [
        "probes-3.tsv", "probes-situations.tsv", "probes-topics.tsv", "probes-siblings.tsv", "probes-boundary.tsv", "probes-everyday.tsv",
        "probes-life.tsv", "probes-aside.tsv", "probes-events.tsv", "probes-plain.tsv", "probes-steps.tsv", "probes-talk.tsv",
        "probes-turns.tsv", "probes-chat.tsv", "probes-commands.tsv", "probes-long.tsv", "probes-moves.tsv", "probes-told.tsv",
        "out-of-scope-5.tsv", "out-of-scope-6.tsv", "out-of-scope-7.tsv", "out-of-scope-8.tsv", "out-of-scope-9.tsv", "out-of-scope-10.tsv",
        "out-of-scope-11.tsv", "out-of-scope-12.tsv", "out-of-scope-13.tsv", "out-of-scope-14.tsv", "out-of-scope-15.tsv", "out-of-scope-16.tsv",
        "out-of-scope-17.tsv",
    ];

    private static readonly string Folder = Environment.GetEnvironmentVariable("LOSO_OUT") ?? "/tmp/learn31";

    /// <summary>The setting adopted (SecondOpinion): a topic answer judged by a model smoothed at 0.03 at 0.9, an ask-back out of scope at 0.95.</summary>
    private static readonly Setting Adopted = new("adopted", OosAlpha: 0.03, OosAlphaAtAsk: false, TopicOos: 0.9, AskOos: 0.95);

    private enum Point { Elsewhere, Topic, AskBack, Certain }

    private sealed record Line(string Set, EvalLine Eval, string Normalized, Dictionary<string, float> Features, RecognizedIntent Rules, Point Point, ScoredEntry? Top);

    /// <summary>A model setting: smoothing, IDF, thresholds per consult point; the out-of-scope verdicts may read their own model.</summary>
    private sealed record Setting(string Name, double Alpha = 0.1, bool Idf = false, double TopicOos = 0.99, double AskOos = 0.99,
        double? OosAlpha = null, bool OosIdf = false, bool OosAtAskBack = true, bool OosAlphaAtAsk = true, double AskEntry = 0.99, double Certain = 0.9999);

    [Fact]
    public void Measure()
    {
        Directory.CreateDirectory(Folder);
        var snapshot = KnowledgeBase.FromShippedContent().Current;
        var index = snapshot.Index;
        var entries = snapshot.Entries;
        var examples = ShippedExamples.All;
        var log = new StringBuilder();

        // The lines: whole sets, and the tuned (even) half of the split ones; a held half's lines are never kept.
        var probeFile = Environment.GetEnvironmentVariable("LOSO_PROBE");
        if (Environment.GetEnvironmentVariable("LOSO_CLEAN") == "1")
        {
            // the slip report's clean phrases: every Chinese synonym of 2-6 characters in its three templates
            probeFile = Path.Combine(Folder, "clean.tsv");
            File.WriteAllLines(probeFile, entries.SelectMany(e => e.Synonyms.Zh.Select(TextNormalizer.Normalize).Where(t => t.Length is >= 2 and <= 6 && t.All(TextNormalizer.IsHan)).Distinct(StringComparer.Ordinal))
                .SelectMany(t => new[] { $"{t}怎么申请", $"请问{t}是什么", $"我想了解一下{t}" }).Select(q => q + "\tclean"));
        }

        var sets = probeFile is not null
            ? [("probe", File.ReadAllLines(probeFile).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(p => new EvalLine(p[0], p[1], [])).ToList())]
            : Whole.Select(f => (File: f, Lines: EvalLine.Load(f).ToList()))
                .Concat(Split.Select(f => (File: f, Lines: EvalLine.Load(f).Where((_, i) => i % 2 == 0).ToList())))
                .ToList();

        // The rules' outcome with the model silenced, then which consult point each line reached.
        var silent = Recognizers.Over(With(snapshot, Silenced(entries.Count + 2), Classes(entries), said: []));
        var allOut = Recognizers.Over(With(snapshot, Silenced(entries.Count + 2), Classes(entries), said: new HashSet<string>(["x"], new AllEqual())));
        var rank = typeof(IntentRecognizer).GetMethod("Rank", BindingFlags.NonPublic | BindingFlags.Static)!;
        var evalFeatures = new Dictionary<string, Dictionary<string, float>>(StringComparer.Ordinal);
        var pending = new List<(string Set, EvalLine Eval, string Normalized, RecognizedIntent Rules, Point Point)>();
        foreach (var (file, lines) in sets)
        {
            foreach (var line in lines)
            {
                var normalized = index.Read(line.Utterance);
                var rules = silent.Recognize(line.Utterance);
                var forced = allOut.Recognize(line.Utterance);
                var point = rules.Intent == Intent.Clarify ? Point.AskBack
                    : rules.Intent is Intent.Faq or Intent.Club && forced.Intent == Intent.None ? Point.Topic
                    : Point.Elsewhere;
                evalFeatures[normalized] = new Dictionary<string, float>(index.QueryFeatures(normalized), StringComparer.Ordinal);
                pending.Add((file, line, normalized, rules, point));
            }
        }

        // The fallback consult: where the rules fall back, a model certain of their first candidate answers it.
        var certainModel = CertainOfFirst(evalFeatures.Values.SelectMany(f => f.Keys).ToHashSet(StringComparer.Ordinal), entries.Count + 2);
        var all = new List<Line>();
        foreach (var (set, eval, normalized, rules, point) in pending)
        {
            ScoredEntry? top = null;
            var reached = point;
            if (rules.Intent == Intent.None && ((IReadOnlyList<ScoredEntry>)rank.Invoke(null, [index, normalized, 5])!) is [var first, ..])
            {
                var probe = Recognizers.Over(With(snapshot, certainModel, [.. Enumerable.Repeat((KnowledgeEntry?)first.Entry, entries.Count + 2)], said: []));
                if (probe.Recognize(eval.Utterance) is { Intent: not Intent.None } answered)
                {
                    Assert.Equal(first.Entry, answered.Top!.Entry);
                    reached = Point.Certain;
                    top = first;
                }
            }

            all.Add(new Line(set, eval, normalized, evalFeatures[normalized], rules, reached, top));
        }

        log.AppendLine(Invariant($"lines {all.Count}: in scope {all.Count(l => InScope(l.Eval))}, none {all.Count(l => l.Eval.IsNone)}, noact {all.Count(l => l.Eval.IsNoAct)}; at topic {all.Count(l => l.Point == Point.Topic)}, ask-back {all.Count(l => l.Point == Point.AskBack)}, certain {all.Count(l => l.Point == Point.Certain)}"));

        // Training texts' features, once.
        var own = entries.SelectMany((e, i) => e.Questions.All.Concat(e.Synonyms.All).Concat(e.Everyday.All).Select(text => (Text: text, Class: i))).ToList();
        var byId = Enumerable.Range(0, entries.Count).ToDictionary(i => entries[i].Id, StringComparer.Ordinal);
        var taught = examples.Select(e => (e.Text, Class: e.Kind switch
        {
            ExampleKind.OutOfScope => entries.Count,
            ExampleKind.Command => entries.Count + 1,
            _ => e.EntryId is { } id && byId.TryGetValue(id, out var c) ? c : -1,
        })).Where(e => e.Class >= 0).ToList();
        var features = new Dictionary<string, Dictionary<string, float>>(StringComparer.Ordinal);
        foreach (var text in own.Select(o => o.Text).Concat(taught.Select(t => t.Text)).Distinct())
        {
            features[text] = new Dictionary<string, float>(index.QueryFeatures(index.Read(text)), StringComparer.Ordinal);
        }

        var ownData = own.Select(o => (features[o.Text], o.Class)).ToList();
        List<(Dictionary<string, float>, int)> Training(IReadOnlySet<string>? leftOut) =>
            [.. ownData, .. taught.Where(t => leftOut is null || !leftOut.Contains(Key(t.Text))).Select(t => (features[t.Text], t.Class))];

        // 1. The simulation against the live recognizer: the shipped model (all examples), then leave-one-set-out.
        var shipped = Recognizers.Over(snapshot);
        var baseSetting = new Setting("shipped");
        var liveSetting = Environment.GetEnvironmentVariable("LOSO_LIVE_SETTING") == "adopted" ? Adopted : baseSetting;
        var fullModels = new Dictionary<(double, bool), Model>();
        Model Full(string file, double alpha, bool idf) => fullModels.TryGetValue((alpha, idf), out var m) ? m : fullModels[(alpha, idf)] = new Model(Training(null), entries.Count + 2, alpha, idf);
        var fullOutcomes = Score(all, liveSetting, Full, entries);
        var mismatches = 0;
        foreach (var (line, result, _) in fullOutcomes)
        {
            var live = shipped.Recognize(line.Eval.Utterance).Label;
            var simulated = result.Label;
            if (live != simulated)
            {
                mismatches++;
                log.AppendLine(CultureInfo.InvariantCulture, $"MISMATCH (all examples) {line.Set}\t{line.Point}\t{live}\t{simulated}\t{line.Eval.Utterance}");
            }
        }

        if (probeFile is not null)
        {
            var before = Score(all, baseSetting, Full, entries);
            var after = Score(all, Adopted, Full, entries);
            var sharp = Full("", double.Parse(Environment.GetEnvironmentVariable("LOSO_ALPHA") ?? "0.01", CultureInfo.InvariantCulture), false);
            File.WriteAllLines(probeFile + ".out", before.Zip(after).Select(p =>
                $"{sharp.Predict(p.First.Line.Features).Class == entries.Count}:{sharp.Predict(p.First.Line.Features).Probability:0.0000}\t{p.First.Line.Eval.Label}\t{p.First.Line.Point}\t{p.First.Line.Rules.Label}\t{p.First.Result.Label}\t{p.Second.Result.Label}\t{(p.First.Credit != p.Second.Credit ? "CHANGED" : "")}\t{p.First.Line.Eval.Utterance}"));
            return;
        }

        log.AppendLine(Invariant($"{liveSetting.Name} setting, all examples: {all.Count - mismatches} of {all.Count} lines' labels as live"));
        var leaveOut = sets.ToDictionary(s => s.File, s => (IReadOnlySet<string>)s.Lines.Select(l => Key(l.Utterance)).ToHashSet(StringComparer.Ordinal));
        var leftModels = sets.ToDictionary(s => s.File, s => new Model(Training(leaveOut[s.File]), entries.Count + 2, 0.1, idf: false));
        var modelCache = new Dictionary<(string, double, bool), Model>();
        Model ModelFor(string file, double alpha, bool idf)
        {
            if (alpha == 0.1 && !idf)
            {
                return leftModels[file];
            }

            if (!modelCache.TryGetValue((file, alpha, idf), out var m))
            {
                modelCache[(file, alpha, idf)] = m = new Model(Training(leaveOut[file]), entries.Count + 2, alpha, idf);
            }

            return m;
        }

        if (Environment.GetEnvironmentVariable("LOSO_LIVE") == "1")
        {
            var liveMismatch = 0;
            foreach (var (file, lines) in sets)
            {
                var kept = examples.Where(e => !leaveOut[file].Contains(Key(e.Text))).ToList();
                var live = Recognizers.Over(snapshot.WithExamples(kept));
                foreach (var (line, result, _) in Score([.. all.Where(l => l.Set == file)], liveSetting, ModelFor, entries))
                {
                    var got = live.Recognize(line.Eval.Utterance).Label;
                    var simulated = result.Label;
                    if (got != simulated)
                    {
                        liveMismatch++;
                        log.AppendLine(CultureInfo.InvariantCulture, $"MISMATCH (leave-one-set-out) {line.Set}\t{line.Point}\t{got}\t{simulated}\t{line.Eval.Utterance}");
                    }
                }
            }

            log.AppendLine(Invariant($"leave-one-set-out, live against simulated: {all.Count - liveMismatch} of {all.Count} labels the same"));
        }

        File.WriteAllText(Path.Combine(Folder, "check.txt"), log.ToString());
        output.WriteLine(log.ToString());

        // 2. Settings.
        var settings = new List<Setting> { baseSetting };
        var grid = new[] { 0.9, 0.95, 0.99 };
        foreach (var alpha in new[] { 0.1, 0.05, 0.03, 0.01 })
        {
            foreach (var topic in grid)
            {
                foreach (var ask in grid)
                {
                    if (alpha == 0.1 && topic == 0.99 && ask == 0.99)
                    {
                        continue;
                    }

                    settings.Add(new Setting(Invariant($"a{alpha} everywhere, topic {topic} ask {ask}"), Alpha: alpha, TopicOos: topic, AskOos: ask));
                    if (alpha != 0.1)
                    {
                        settings.Add(new Setting(Invariant($"a{alpha} oos verdicts, topic {topic} ask {ask}"), OosAlpha: alpha, TopicOos: topic, AskOos: ask));
                        settings.Add(new Setting(Invariant($"a{alpha} oos at topic, topic {topic} ask {ask}"), OosAlpha: alpha, OosAlphaAtAsk: false, TopicOos: topic, AskOos: ask));
                    }
                }

                foreach (var ask in grid)
                {
                    settings.Add(new Setting(Invariant($"idf a{alpha} oos at topic, topic {topic} ask {ask}"), OosAlpha: alpha, OosIdf: true, OosAlphaAtAsk: false, TopicOos: topic, AskOos: ask));
                }
            }
        }

        var results = new StringBuilder();
        var baseOutcomes = Score(all, baseSetting, ModelFor, entries);
        var baseTotals = Totals(baseOutcomes);
        results.AppendLine(Invariant($"{"setting",-52} {"in scope",18} {"fallback",18} {"noact",8}  sets losing >1 in-scope line / any fallback line"));
        foreach (var setting in settings)
        {
            var outcomes = setting == baseSetting ? baseOutcomes : Score(all, setting, ModelFor, entries);
            var t = Totals(outcomes);
            var worse = sets.Select(s => s.File).Where(f =>
                Totals(outcomes.Where(o => o.Line.Set == f)).InScope < Totals(baseOutcomes.Where(o => o.Line.Set == f)).InScope - 1).ToList();
            var fallbackWorse = sets.Select(s => s.File).Where(f =>
                Totals(outcomes.Where(o => o.Line.Set == f)).None < Totals(baseOutcomes.Where(o => o.Line.Set == f)).None).ToList();
            var passes = (t.None - baseTotals.None) / t.NoneCount >= 0.005 && (baseTotals.InScope - t.InScope) / t.InScopeCount <= 0.001 && worse.Count == 0 && t.NoAct == baseTotals.NoAct;
            results.AppendLine(Invariant($"{(passes ? "PASS " : "     ")}{setting.Name,-47} {t.InScope,7:0.0} {100 * t.InScope / t.InScopeCount,6:0.00} % {t.None,5} {100 * t.None / t.NoneCount,6:0.00} % {t.NoAct,5}  {string.Join(' ', worse)} / {string.Join(' ', fallbackWorse)}"));
            if (setting != baseSetting && (passes || Environment.GetEnvironmentVariable("LOSO_DIFF") is { } wanted && setting.Name.Contains(wanted, StringComparison.Ordinal)))
            {
                foreach (var (b, o) in baseOutcomes.Zip(outcomes).Where(p => p.First.Credit != p.Second.Credit))
                {
                    results.AppendLine(Invariant($"    {o.Credit - b.Credit,4:+0.0;-0.0} {o.Line.Set}\t{o.Line.Point}\t{o.Line.Eval.Label}\t{b.Result.Label} → {o.Result.Label}\t{o.Line.Eval.Utterance}"));
                }
            }
        }

        File.WriteAllText(Path.Combine(Folder, "results.txt"), results.ToString());
    }

    private static (double InScope, int InScopeCount, double None, int NoneCount, double NoAct) Totals(IEnumerable<(Line Line, RecognizedIntent Result, double Credit)> outcomes)
    {
        var list = outcomes.ToList();
        return (list.Where(o => InScope(o.Line.Eval)).Sum(o => o.Credit), list.Count(o => InScope(o.Line.Eval)),
            list.Where(o => o.Line.Eval.IsNone).Sum(o => o.Credit), list.Count(o => o.Line.Eval.IsNone),
            list.Where(o => o.Line.Eval.IsNoAct).Sum(o => o.Credit));
    }

    private static List<(Line Line, RecognizedIntent Result, double Credit)> Score(List<Line> all, Setting setting, Func<string, double, bool, Model> modelFor, IReadOnlyList<KnowledgeEntry> entries) =>
        [.. all.Select(line =>
        {
            var entryModel = modelFor(line.Set, setting.Alpha, setting.Idf);
            var oosAlpha = setting.OosAlpha ?? setting.Alpha;
            var oosIdf = setting.OosIdf || setting.Idf;
            var topicModel = modelFor(line.Set, oosAlpha, oosIdf);
            var askModel = setting.OosAlphaAtAsk ? topicModel : entryModel;
            if (setting.OosIdf && !setting.Idf)
            {
                askModel = entryModel; // IDF for the topic answer's out-of-scope verdict only
            }

            var result = Simulate(line, setting, entryModel, topicModel, askModel, entries);
            return (line, result, new EvalOutcome(line.Eval, result).Credit);
        })];

    private static bool InScope(EvalLine line) => !line.IsNone && !line.IsNoAct;

    /// <summary>The recognizer's outcome for a line with the model's verdict at the point it reached.</summary>
    private static RecognizedIntent Simulate(Line line, Setting setting, Model entryModel, Model topicModel, Model askModel, IReadOnlyList<KnowledgeEntry> entries)
    {
        var outOfScope = entries.Count;
        var command = entries.Count + 1;
        var none = new RecognizedIntent(Intent.None, null, []);
        switch (line.Point)
        {
            case Point.Topic:
            {
                var (c, p) = topicModel.Predict(line.Features);
                return c == outOfScope && p >= setting.TopicOos ? none : line.Rules;
            }

            case Point.AskBack:
            {
                var (c, p) = askModel.Predict(line.Features);
                if (c == outOfScope && p >= setting.AskOos)
                {
                    return none;
                }

                var (e, q) = entryModel.Predict(line.Features);
                return e < outOfScope && q >= setting.AskEntry ? Answer(new ScoredEntry(entries[e], 0)) : line.Rules;
            }

            case Point.Certain:
            {
                var (c, p) = entryModel.Predict(line.Features, without: command);
                return p >= setting.Certain && c < outOfScope && entries[c] == line.Top!.Entry ? Answer(line.Top) : line.Rules;
            }

            default:
                return line.Rules;
        }
    }

    private static RecognizedIntent Answer(ScoredEntry entry) =>
        new(entry.Entry.Id == "activities" ? Intent.Activities : entry.Entry.Kind == KnowledgeKind.Club ? Intent.Club : Intent.Faq, entry, []);

    /// <summary>A text as the sets are compared: NFKC, lower case, no spaces, punctuation or symbols.</summary>
    private static string Key(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Where(ch => !char.IsWhiteSpace(ch) && !char.IsPunctuation(ch) && !char.IsSymbol(ch)));

    private static KnowledgeEntry?[] Classes(IReadOnlyList<KnowledgeEntry> entries) => [.. entries.Select(e => (KnowledgeEntry?)e), null, null];

    private static KnowledgeSnapshot With(KnowledgeSnapshot snapshot, object model, KnowledgeEntry?[] classes, HashSet<string> said)
    {
        var ctor = typeof(SecondOpinion).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
        var opinion = (SecondOpinion)ctor.Invoke([model, model, classes, snapshot.Index, classes.Length - 2, classes.Length - 1, said]);
        var fresh = snapshot.WithExamples([]);
        var lazy = typeof(KnowledgeSnapshot).GetField("_learned", BindingFlags.NonPublic | BindingFlags.Instance)!;
        lazy.SetValue(fresh, new Lazy<SecondOpinion>(() => opinion));
        return fresh;
    }

    /// <summary>Every class alike: the model is never sure.</summary>
    private static NaiveBayes Silenced(int classCount) =>
        NaiveBayes.Train(Enumerable.Range(0, classCount).Select(c => ((IReadOnlyDictionary<string, float>)new Dictionary<string, float> { ["\u0001"] = 1 }, c)), classCount, 0.1);

    /// <summary>Certain of class 0 for any text with a feature among <paramref name="known"/>.</summary>
    private static NaiveBayes CertainOfFirst(HashSet<string> known, int classCount)
    {
        var valueType = typeof(NaiveBayes).GetNestedType("ClassValue", BindingFlags.NonPublic)!;
        var arrayType = valueType.MakeArrayType();
        var lifts = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), arrayType), StringComparer.Ordinal)!;
        foreach (var feature in known)
        {
            var values = Array.CreateInstance(valueType, 1);
            values.SetValue(Activator.CreateInstance(valueType, 0, 1000.0), 0);
            lifts[feature] = values;
        }

        var ctor = typeof(NaiveBayes).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
        return (NaiveBayes)ctor.Invoke([lifts, new double[classCount]]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class AllEqual : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => true;

        public int GetHashCode(string obj) => 0;
    }

    /// <summary>NaiveBayes as shipped, with Alpha and IDF weights (ln N/df over the training texts, training and prediction alike) as parameters.</summary>
    private sealed class Model
    {
        private readonly Dictionary<string, (int Class, double Lift)[]> _lifts = new(StringComparer.Ordinal);
        private readonly double[] _unseen;
        private readonly Dictionary<string, double>? _idf;

        public Model(List<(Dictionary<string, float> Features, int Class)> examples, int classCount, double alpha, bool idf)
        {
            if (idf)
            {
                var df = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (f, _) in examples)
                {
                    foreach (var key in f.Keys)
                    {
                        df[key] = df.GetValueOrDefault(key) + 1;
                    }
                }

                _idf = df.ToDictionary(p => p.Key, p => Math.Log((double)examples.Count / p.Value), StringComparer.Ordinal);
            }

            var counts = new Dictionary<string, List<(int Class, double Value)>>(StringComparer.Ordinal);
            var totals = new double[classCount];
            foreach (var (f, c) in examples)
            {
                foreach (var (feature, raw) in f)
                {
                    var weight = Weight(feature, raw);
                    if (!counts.TryGetValue(feature, out var perClass))
                    {
                        counts[feature] = perClass = [];
                    }

                    var at = perClass.FindIndex(p => p.Class == c);
                    if (at < 0)
                    {
                        perClass.Add((c, weight));
                    }
                    else
                    {
                        perClass[at] = (c, perClass[at].Value + weight);
                    }

                    totals[c] += weight;
                }
            }

            var vocabulary = counts.Count;
            _unseen = [.. totals.Select(t => Math.Log(alpha) - Math.Log(t + (alpha * vocabulary)))];
            foreach (var (feature, perClass) in counts)
            {
                _lifts[feature] = [.. perClass.Select(p => (p.Class, Math.Log(p.Value + alpha) - Math.Log(alpha)))];
            }
        }

        public (int Class, double Probability) Predict(IReadOnlyDictionary<string, float> features, int? without = null)
        {
            var known = 0.0;
            var lifts = new double[_unseen.Length];
            foreach (var (feature, raw) in features)
            {
                if (_lifts.TryGetValue(feature, out var perClass))
                {
                    var weight = Weight(feature, raw);
                    known += weight;
                    foreach (var (c, lift) in perClass)
                    {
                        lifts[c] += weight * lift;
                    }
                }
            }

            var scores = new double[_unseen.Length];
            var best = without == 0 ? 1 : 0;
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] = c == without ? double.NegativeInfinity : (known * _unseen[c]) + lifts[c];
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            var sum = scores.Sum(s => Math.Exp(s - scores[best]));
            return (best, 1 / sum);
        }

        private double Weight(string feature, float raw) => _idf is null ? raw : raw * _idf.GetValueOrDefault(feature);
    }
}
