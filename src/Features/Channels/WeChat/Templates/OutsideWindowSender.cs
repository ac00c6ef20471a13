using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Notices;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// What a follower outside WeChat's 48-hour window gets instead of a customer-service message: the notice's own
/// mapping (template message or subscription notice, its keys filled from the notice), else the configured default
/// template with the whole text in <see cref="WeChatOptions.NoticeTemplateField"/>, else nothing — the recipient is
/// then "not reachable" (<see cref="WeChatReasons.NotReachable"/>) in the report.
/// </summary>
public sealed class OutsideWindowSender(
    WeChatApiClient api, NoticeTemplateStore mappings, NoticeStore notices, NoticeTemplateValues values, IOptions<WeChatOptions> options)
{
    public async Task SendAsync(string openId, Activity activity, string plainText, TencentApiException refused, CancellationToken cancellationToken)
    {
        try
        {
            if (await MappingAsync(activity, cancellationToken) is ({ } notice, { } mapping))
            {
                var filled = await values.FillAsync(mapping.Fields!, notice.Text, notice.ActivityId, cancellationToken);
                var data = filled.ToDictionary(v => v.Key, v => v.Value ?? string.Empty, StringComparer.Ordinal);
                await (mapping.Kind == TemplateKind.Subscription
                    ? api.SendSubscriptionAsync(openId, mapping.TemplateId!, data, values.Link, cancellationToken)
                    : api.SendTemplateAsync(openId, mapping.TemplateId!, data, values.Link, cancellationToken));
                return;
            }

            if (options.Value.NoticeTemplateId.Length > 0)
            {
                var data = new Dictionary<string, string> { [options.Value.NoticeTemplateField] = plainText };
                await api.SendTemplateAsync(openId, options.Value.NoticeTemplateId, data, values.Link, cancellationToken);
                return;
            }
        }
        catch (TencentApiException ex)
        {
            throw WeChatReasons.Tag(ex);
        }

        throw WeChatReasons.Tag(refused, WeChatReasons.NotReachable);
    }

    /// <summary>
    /// The notice an outbox activity carries and its mapping (a receipt reminder uses its notice's). The dispatcher
    /// gives a notice row's activity its outbox key as id: <c>{noticeId}@{firing ms}|{member}</c>.
    /// </summary>
    private async Task<(Notice? Notice, WeChatNoticeTemplate? Mapping)> MappingAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (NoticeIdOf(activity.Id) is not { } noticeId || await notices.GetAsync(noticeId, cancellationToken) is not { } notice)
        {
            return (null, null);
        }

        var mapping = await mappings.FindAsync(noticeId, cancellationToken)
            ?? (notice.Reminds is { } reminded ? await mappings.FindAsync(reminded, cancellationToken) : null);
        return mapping is { TemplateId: not null, Fields: not null } ? (notice, mapping) : (null, null);
    }

    public static string? NoticeIdOf(string? activityId)
    {
        var bar = activityId?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        var at = bar > 0 ? activityId!.LastIndexOf('@', bar) : -1;
        return at > 0 ? activityId![..at] : null;
    }
}
