namespace EngageBot.Features.Knowledge.Learned;

/// <summary>
/// Multinomial naive Bayes over weighted text features, flat prior: each class's feature log-likelihoods (additive
/// smoothing) summed with the question's feature weights, softmaxed. Small, deterministic, trained in milliseconds,
/// and explainable (a class wins by the features its examples share with the question). Features no example has are
/// ignored. Read-only after training, so predictions need no lock.
/// </summary>
/// <remarks>
/// Kept sparse: a feature holds only the classes whose examples have it, as its lift over a feature the class never
/// saw. A dense table (every feature × every class) held ~30 MB of a 300 MB budget; most features belong to one class.
/// </remarks>
internal sealed class NaiveBayes
{
    private readonly Dictionary<string, ClassValue[]> _lifts;
    private readonly double[] _unseen; // per class: the log-likelihood of a feature its examples never had

    private NaiveBayes(Dictionary<string, ClassValue[]> lifts, double[] unseen)
    {
        _lifts = lifts;
        _unseen = unseen;
    }

    public int ClassCount => _unseen.Length;

    /// <summary>Trains with additive smoothing <paramref name="alpha"/>: the smaller, the more a feature seen in one class only counts for it.</summary>
    public static NaiveBayes Train(IEnumerable<(IReadOnlyDictionary<string, float> Features, int Class)> examples, int classCount, double alpha)
    {
        var counts = new Dictionary<string, List<ClassValue>>(StringComparer.Ordinal);
        var totals = new double[classCount];
        foreach (var (features, c) in examples)
        {
            foreach (var (feature, weight) in features)
            {
                if (!counts.TryGetValue(feature, out var perClass))
                {
                    counts[feature] = perClass = [];
                }

                var at = perClass.FindIndex(p => p.Class == c);
                if (at < 0)
                {
                    perClass.Add(new ClassValue(c, weight));
                }
                else
                {
                    perClass[at] = perClass[at] with { Value = perClass[at].Value + weight };
                }

                totals[c] += weight;
            }
        }

        var vocabulary = counts.Count;
        var unseen = totals.Select(t => Math.Log(alpha) - Math.Log(t + (alpha * vocabulary))).ToArray();
        var lifts = counts.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(p => p with { Value = Math.Log(p.Value + alpha) - Math.Log(alpha) }).ToArray(),
            StringComparer.Ordinal);
        return new NaiveBayes(lifts, unseen);
    }

    /// <summary>The likeliest class and its probability, <paramref name="without"/> (a class set aside) not among them.</summary>
    public (int Class, double Probability) Predict(IReadOnlyDictionary<string, float> features, int? without = null)
    {
        var known = 0.0;
        var lifts = new double[ClassCount];
        foreach (var (feature, weight) in features)
        {
            if (_lifts.TryGetValue(feature, out var perClass))
            {
                known += weight;
                foreach (var (c, lift) in perClass)
                {
                    lifts[c] += weight * lift;
                }
            }
        }

        var scores = new double[ClassCount];
        var best = without == 0 ? 1 : 0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = c == without ? double.NegativeInfinity : (known * _unseen[c]) + lifts[c];
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var sum = scores.Sum(s => Math.Exp(s - scores[best])); // a class set aside adds exp(-inf) = 0
        return (best, 1 / sum);
    }

    /// <summary>A class and a number: its examples' summed weight of a feature while training, the feature's lift after.</summary>
    private readonly record struct ClassValue(int Class, double Value);
}
