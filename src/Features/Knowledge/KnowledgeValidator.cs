using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Every entry complete in both languages, ids unique, related ids resolvable, clubs with details.</summary>
public static class KnowledgeValidator
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<KnowledgeEntry> entries)
    {
        var problems = new List<string>();
        if (entries.Count == 0)
        {
            problems.Add("there are no entries");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = entry.Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add("an entry has no id");
                continue;
            }

            if (!ids.Add(id))
            {
                problems.Add($"{id}: the id is used twice");
            }

            Require(problems, id, "title", entry.Title?.Zh, entry.Title?.En);
            Require(problems, id, "answer", entry.Answer?.Zh, entry.Answer?.En);
            if (entry.Questions is not { Zh.Count: > 0, En.Count: > 0 })
            {
                problems.Add($"{id}: needs sample questions in both zh and en");
            }

            if (entry.Kind == KnowledgeKind.Club && entry.Club is null)
            {
                problems.Add($"{id}: a club needs schedule, place and contact");
            }
        }

        foreach (var entry in entries)
        {
            foreach (var related in entry.Related.Where(r => !ids.Contains(r)))
            {
                problems.Add($"{entry.Id}: related entry '{related}' does not exist");
            }
        }

        return problems;
    }

    public static void ThrowIfInvalid(IReadOnlyList<KnowledgeEntry> entries)
    {
        var problems = Problems(entries);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("The knowledge content is not valid: " + string.Join("; ", problems));
        }
    }

    private static void Require(List<string> problems, string id, string field, string? zh, string? en)
    {
        if (string.IsNullOrWhiteSpace(zh) || string.IsNullOrWhiteSpace(en))
        {
            problems.Add($"{id}: {field} needs both zh and en");
        }
    }
}
