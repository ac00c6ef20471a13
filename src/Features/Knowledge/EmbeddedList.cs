using System.Reflection;

namespace EngageBot.Features.Knowledge;

/// <summary>Reads a word list embedded from Knowledge/*.txt: one entry a line, <c>#</c> starts a comment line.</summary>
public static class EmbeddedList
{
    public static IReadOnlyList<string> Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim().ToLowerInvariant();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
