using System.Globalization;
using EngageBot.Core.Time;
using EngageBot.Features.SignUps;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// What fills a template's keys for a notice: its first line (title), its Chinese text (templates are Chinese), its
/// activity's start in the union's time zone and place, and the member page. A field the notice does not have is empty.
/// </summary>
public sealed class NoticeTemplateValues(ActivityStore activities, UnionTime time, IOptions<WeChatOptions> options)
{
    /// <summary>Key → value for <paramref name="fields"/>; a value is null when the notice has nothing for it.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> FillAsync(
        IReadOnlyDictionary<string, NoticeField> fields, string text, string? activityId, CancellationToken cancellationToken)
    {
        var activity = activityId is not null && fields.Values.Any(f => f is NoticeField.ActivityTime or NoticeField.Place)
            ? await activities.GetAsync(activityId, cancellationToken)
            : null;
        return fields.ToDictionary(f => f.Key, f => f.Value switch
        {
            NoticeField.Title => Title(text),
            NoticeField.Text => text.Trim(),
            NoticeField.ActivityTime => activity is null ? null : When(activity.StartsAt),
            NoticeField.Place => string.IsNullOrWhiteSpace(activity?.Place) ? null : activity.Place.Trim(),
            NoticeField.Link => Link?.ToString(),
            _ => null,
        }, StringComparer.Ordinal);
    }

    /// <summary>The member page, where a template message's tap leads; null when none is configured.</summary>
    public Uri? Link => Uri.TryCreate(options.Value.SignInUrl, UriKind.Absolute, out var page) ? page : null;

    /// <summary>The notice's first non-empty line.</summary>
    public static string Title(string text) =>
        text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? string.Empty;

    private string When(DateTimeOffset at) =>
        time.ToLocal(at).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
