using System.Text.Json;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Reads the content files shipped inside the assembly (Knowledge/Content/*.json).</summary>
public static class KnowledgeLoader
{
    private const string Prefix = "Knowledge/Content/";

    public static IReadOnlyList<KnowledgeEntry> LoadShipped()
    {
        var assembly = typeof(KnowledgeLoader).Assembly;
        var entries = new List<KnowledgeEntry>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            entries.AddRange(Parse(stream, name));
        }

        return entries;
    }

    /// <exception cref="InvalidDataException">The file is not a knowledge document.</exception>
    public static IReadOnlyList<KnowledgeEntry> Parse(Stream json, string source)
    {
        try
        {
            var document = JsonSerializer.Deserialize(json, KnowledgeJson.Default.KnowledgeDocument);
            return document?.Entries ?? throw new InvalidDataException($"{source}: no \"entries\" list");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }
    }
}
