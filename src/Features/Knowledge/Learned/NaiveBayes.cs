namespace EngageBot.Features.Knowledge.Learned;

/// <summary>
/// Multinomial naive Bayes over weighted text features, flat prior: each class's feature log-likelihoods (additive
/// smoothing) summed with the question's feature weights, softmaxed. Small, deterministic, trained in milliseconds,
/// and explainable (a class wins by the features its examples share with the question). Features no example has are
/// ignored. Read-only after training, so predictions need no lock.
/// </summary>
internal sealed class NaiveBayes
{
    /// <summary>Smoothing: small, so a feature seen in one class only counts strongly for it.</summary>
    private const double Alpha = 0.1;

    private readonly Dictionary<string, double[]> _logLikelihood;

    private NaiveBayes(Dictionary<string, double[]> logLikelihood, int classCount)
    {
        _logLikelihood = logLikelihood;
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public static NaiveBayes Train(IEnumerable<(IReadOnlyDictionary<string, float> Features, int Class)> examples, int classCount)
    {
        var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var totals = new double[classCount];
        foreach (var (features, c) in examples)
        {
            foreach (var (feature, weight) in features)
            {
                if (!counts.TryGetValue(feature, out var perClass))
                {
                    counts[feature] = perClass = new double[classCount];
                }

                perClass[c] += weight;
                totals[c] += weight;
            }
        }

        var vocabulary = counts.Count;
        var denominators = totals.Select(t => Math.Log(t + (Alpha * vocabulary))).ToArray();
        foreach (var perClass in counts.Values)
        {
            for (var c = 0; c < classCount; c++)
            {
                perClass[c] = Math.Log(perClass[c] + Alpha) - denominators[c];
            }
        }

        return new NaiveBayes(counts, classCount);
    }

    /// <summary>The likeliest class and its probability.</summary>
    public (int Class, double Probability) Predict(IReadOnlyDictionary<string, float> features)
    {
        var scores = new double[ClassCount];
        foreach (var (feature, weight) in features)
        {
            if (_logLikelihood.TryGetValue(feature, out var perClass))
            {
                for (var c = 0; c < scores.Length; c++)
                {
                    scores[c] += weight * perClass[c];
                }
            }
        }

        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var sum = scores.Sum(s => Math.Exp(s - scores[best]));
        return (best, 1 / sum);
    }
}
