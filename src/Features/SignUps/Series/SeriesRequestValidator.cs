using System.Globalization;
using EngageBot.Core.Time;
using EngageBot.Features.SignUps.Admin;

namespace EngageBot.Features.SignUps.Series;

/// <summary>Series requests to drafts and patches, or to field errors that say what to fix.</summary>
public static class SeriesRequestValidator
{
    public static (ActivityDraft? First, int Count, int IntervalWeeks, Dictionary<string, string[]> Errors) Validate(
        SeriesRequest request, UnionTime time, DateTimeOffset now)
    {
        var (first, errors) = ActivityRequestValidator.Validate(request.First, time, now);
        var weeks = request.IntervalWeeks ?? 1;
        if (weeks is < 1 or > 4)
        {
            errors["intervalWeeks"] = ["intervalWeeks is 1 (every week) to 4."];
        }

        var count = 0;
        var limit = $"from 1 to {SeriesPlan.MaxOccurrences}";
        if ((request.Occurrences is null) == string.IsNullOrWhiteSpace(request.Until))
        {
            errors["occurrences"] = [$"Give either occurrences ({limit}) or until (a date, yyyy-MM-dd), not both."];
        }
        else if (request.Occurrences is { } n)
        {
            count = n;
            if (n is < 1 or > SeriesPlan.MaxOccurrences)
            {
                errors["occurrences"] = [$"occurrences is a whole number {limit}."];
            }
        }
        else if (!DateOnly.TryParseExact(request.Until!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            errors["until"] = ["until is a date (yyyy-MM-dd), e.g. 2027-01-27."];
        }
        else if (first is not null && weeks is >= 1 and <= 4)
        {
            count = SeriesPlan.CountUntil(first.StartsAt, until, weeks, time);
            if (count is < 1 or > SeriesPlan.MaxOccurrences)
            {
                errors["until"] = [$"until gives {count} occurrences; it must give {limit} (it is not before the first start)."];
            }
        }

        return errors.Count > 0 ? (null, 0, weeks, errors) : (first, count, weeks, errors);
    }

    public static (SeriesPatch? Patch, Dictionary<string, string[]> Errors) Validate(SeriesChangeRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var title = Text(request.Title, "title", errors);
        var titleEn = Text(request.TitleEn, "titleEn", errors);
        var place = Text(request.Place, "place", errors);
        if (request.Capacity is < 1 or > ActivityRequestValidator.MaxCapacity)
        {
            errors["capacity"] = [$"capacity is a whole number from 1 to {ActivityRequestValidator.MaxCapacity}."];
        }

        TimeOnly? start = null;
        if (request.StartTime is { } text)
        {
            if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                start = parsed;
            }
            else
            {
                errors["startTime"] = ["startTime is a local time of day, e.g. 19:30."];
            }
        }

        if (request.DurationMinutes is < 1 or > 1440)
        {
            errors["durationMinutes"] = ["durationMinutes is from 1 to 1440 (one day)."];
        }

        if (request.ReminderLeadMinutes is { } leads && (leads.Count > 5 || leads.Any(m => m < 1 || m > 60 * 24 * 14)))
        {
            errors["reminderLeadMinutes"] = ["reminderLeadMinutes: at most 5 values, each from 1 minute to 14 days."];
        }

        if (request.FromActivityId is { } from && !ActivityRequestValidator.IsId(from))
        {
            errors["fromActivityId"] = ["fromActivityId is not a valid activity id."];
        }

        var patch = new SeriesPatch(title, titleEn, place, request.Capacity, start, request.DurationMinutes,
            request.ReminderLeadMinutes is { } minutes ? [.. minutes.Distinct().OrderDescending().Select(m => TimeSpan.FromMinutes(m))] : null);
        if (errors.Count == 0 && patch.IsEmpty)
        {
            errors["title"] = ["Nothing to change: give at least one of title, titleEn, place, capacity, startTime, durationMinutes, reminderLeadMinutes."];
        }

        return errors.Count > 0 ? (null, errors) : (patch, errors);
    }

    private static string? Text(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 200)
        {
            errors[field] = [$"{field}, when given, is 1 to 200 characters."];
        }

        return trimmed;
    }
}
