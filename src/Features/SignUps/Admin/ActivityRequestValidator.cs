using System.Globalization;
using System.Text.RegularExpressions;
using EngageBot.Core.Time;

namespace EngageBot.Features.SignUps.Admin;

/// <summary>
/// Turns an activity request into a draft, or into field errors that say what to fix. Times without an
/// offset are read as the union's local time. An update may keep a start that has passed; a new start must be ahead.
/// </summary>
public static partial class ActivityRequestValidator
{
    public const int MaxCapacity = 100_000;

    public static (ActivityDraft? Draft, Dictionary<string, string[]> Errors) Validate(
        ActivityRequest request, UnionTime time, DateTimeOffset now, DateTimeOffset? currentStart = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = [message];

        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            Error("title", "title is required (at most 200 characters).");
        }

        if (request.TitleEn is { Length: > 200 })
        {
            Error("titleEn", "titleEn is at most 200 characters.");
        }

        if (request.Place is { Length: > 200 })
        {
            Error("place", "place is at most 200 characters.");
        }

        if (request.Capacity is not { } capacity || capacity < 1 || capacity > MaxCapacity)
        {
            Error("capacity", $"capacity is required: a whole number from 1 to {MaxCapacity}.");
        }

        var startsAt = Time(request.StartsAt, "startsAt", required: true, time, Error);
        var endsAt = Time(request.EndsAt, "endsAt", required: false, time, Error);
        var signUpDeadline = Time(request.SignUpDeadline, "signUpDeadline", required: false, time, Error);
        var cancelDeadline = Time(request.CancelDeadline, "cancelDeadline", required: false, time, Error);
        if (startsAt is { } start)
        {
            if (start <= now && start != currentStart)
            {
                Error("startsAt", "startsAt must be in the future.");
            }

            if (endsAt is { } end && end < start)
            {
                Error("endsAt", "endsAt must not be before startsAt.");
            }

            if (signUpDeadline > start)
            {
                Error("signUpDeadline", "signUpDeadline must not be after startsAt.");
            }

            if (cancelDeadline > start)
            {
                Error("cancelDeadline", "cancelDeadline must not be after startsAt.");
            }
        }

        var leads = request.ReminderLeadMinutes ?? [1440, 120];
        if (leads.Count > 5 || leads.Any(m => m < 1 || m > 60 * 24 * 14))
        {
            Error("reminderLeadMinutes", "reminderLeadMinutes: at most 5 values, each from 1 minute to 14 days.");
        }

        if (request.ClubId is { } club && !IsId(club))
        {
            Error("clubId", "clubId is not a valid club id.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var draft = new ActivityDraft(
            request.ClubId, title!, Clean(request.TitleEn), startsAt!.Value, endsAt, Clean(request.Place), request.Capacity!.Value,
            signUpDeadline, cancelDeadline, [.. leads.Distinct().OrderDescending().Select(m => TimeSpan.FromMinutes(m))]);
        return (draft, errors);
    }

    /// <summary>Letters, digits, '-' and '_', 1–64 characters.</summary>
    public static bool IsId(string id) => IdPattern().IsMatch(id);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset? Time(string? text, string field, bool required, UnionTime time, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                error(field, $"{field} is required (ISO 8601, e.g. 2026-12-05T09:30:00+08:00).");
            }

            return null;
        }

        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (!HasOffset().IsMatch(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return time.FromLocal(local);
        }

        error(field, $"{field} is not a date and time (ISO 8601, e.g. 2026-12-05T09:30:00+08:00).");
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
