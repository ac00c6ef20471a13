namespace EngageBot.Features.Polls;

/// <summary>
/// What a poll draft must be, field by field (English for staff tools; the console shows it as is): a question,
/// 2–10 distinct options, a maximum that fits, a deadline between <see cref="PollOptions.MinDuration"/> and
/// <see cref="PollOptions.MaxDuration"/> away, and exactly one target (a group or an audience).
/// </summary>
public static class PollValidation
{
    public const int MaxQuestion = 200;
    public const int MaxOption = 50;
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    public static IReadOnlyList<(string Field, string Message)> Check(PollDraft draft, DateTimeOffset now, PollOptions options)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(draft.Question) || draft.Question.Trim().Length > MaxQuestion || draft.QuestionEn?.Length > MaxQuestion)
        {
            problems.Add(("question", $"question is required, at most {MaxQuestion} characters (questionEn too)."));
        }

        var texts = draft.Options?.Select(o => o?.Trim() ?? string.Empty).ToList() ?? [];
        if (texts.Count is < MinOptions or > MaxOptions)
        {
            problems.Add(("options", $"options must list {MinOptions}–{MaxOptions} choices."));
        }
        else if (texts.Any(t => t.Length == 0 || t.Length > MaxOption))
        {
            problems.Add(("options", $"each option needs 1–{MaxOption} characters."));
        }
        else if (texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() != texts.Count)
        {
            problems.Add(("options", "options must differ from each other."));
        }

        if (draft.MaxChoices is { } max && (draft.Multiple != true || max < 2 || max > Math.Max(2, texts.Count)))
        {
            problems.Add(("maxChoices", "maxChoices needs multiple: true and must be between 2 and the number of options."));
        }

        if (draft.ClosesAt is not { } closes)
        {
            problems.Add(("closesAt", "closesAt is required: when voting ends, an ISO 8601 time with offset."));
        }
        else if (closes < now + options.MinDuration || closes > now + options.MaxDuration)
        {
            problems.Add(("closesAt", $"closesAt must be between {options.MinDuration.TotalMinutes:0} minutes and {options.MaxDuration.TotalDays:0} days from now."));
        }

        var toGroup = !string.IsNullOrWhiteSpace(draft.GroupId);
        if (toGroup == (draft.Audience is not null))
        {
            problems.Add(("target", "give either groupId (post into a group) or audience (send as a notice), not both and not neither."));
        }

        return problems;
    }
}
