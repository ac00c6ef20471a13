namespace EngageBot.Features.Knowledge.Learned;

/// <summary>The labelled member phrasings shipped inside the assembly (Knowledge/Learned/examples.tsv).</summary>
public static class ShippedExamples
{
    private const string Resource = "Knowledge/Learned/examples.tsv";

    private static readonly Lazy<IReadOnlyList<LearnedExample>> Loaded = new(Load);

    public static IReadOnlyList<LearnedExample> All => Loaded.Value;

    private static List<LearnedExample> Load()
    {
        using var stream = typeof(ShippedExamples).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded");
        using var reader = new StreamReader(stream);
        var examples = new List<LearnedExample>();
        while (reader.ReadLine() is { } line)
        {
            if (LearnedExample.Parse(line) is { } example)
            {
                examples.Add(example);
            }
        }

        return examples;
    }
}
