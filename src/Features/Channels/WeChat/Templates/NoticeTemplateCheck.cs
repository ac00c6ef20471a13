using System.Text.RegularExpressions;
using EngageBot.Features.Notices;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// Checks a notice's WeChat mapping before it is saved: the template is one of the account's, of the kind named; every
/// key of it is filled by a notice field; and each value, as this notice would fill it, keeps WeChat's limit for its key
/// (<see cref="TemplateValueRules"/>). Problems name the key (<c>wechat.fields.thing1</c>) in Chinese and English.
/// </summary>
public sealed partial class NoticeTemplateCheck(TemplateCatalog catalog, NoticeTemplateValues values, IOptions<WeChatOptions> options)
{
    public async Task<IReadOnlyList<NoticeValidation>> CheckAsync(
        WeChatNoticeTemplate mapping, string text, string? activityId, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return [new("wechat", "公众号尚未接入，不能设置微信模板。 / The WeChat channel is off: no template can be mapped.")];
        }

        var problems = new List<NoticeValidation>();
        if (mapping.Kind is null)
        {
            problems.Add(new("wechat.kind", "请选择模板消息（template）或订阅通知（subscription）。 / kind must be \"template\" or \"subscription\"."));
        }

        if (string.IsNullOrWhiteSpace(mapping.TemplateId))
        {
            problems.Add(new("wechat.templateId", "请选择模板。 / templateId is required."));
        }

        var fields = mapping.Fields ?? new Dictionary<string, NoticeField>();
        if (fields.Keys.FirstOrDefault(key => !KeyName().IsMatch(key)) is { } bad)
        {
            problems.Add(new("wechat.fields", $"“{bad}”不是模板的参数名（例如 thing1、time2）。 / '{bad}' is not a template key such as thing1 or time2."));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        IReadOnlyList<AccountTemplate> templates;
        try
        {
            templates = await catalog.ListAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            return [new("wechat", "暂时无法从微信读取模板列表，请稍后再试；通知未保存。 / WeChat's template list could not be read; nothing was saved, try again.")];
        }

        var template = templates.FirstOrDefault(t => t.Kind == mapping.Kind && t.Id == mapping.TemplateId);
        if (template is null)
        {
            return [new("wechat.templateId", $"公众号的{(mapping.Kind == TemplateKind.Subscription ? "订阅通知" : "模板消息")}里没有模板 {mapping.TemplateId}（可能已在公众平台删除）。 / The account has no {mapping.Kind.ToString()!.ToLowerInvariant()} template {mapping.TemplateId}.")];
        }

        foreach (var key in template.Keys.Where(k => !fields.ContainsKey(k.Key)))
        {
            problems.Add(new("wechat.fields." + key.Key, $"{key.Key}（{key.Label ?? key.Key}）还没有选择用通知的哪一项填写。 / {key.Key} has no notice field."));
        }

        foreach (var key in fields.Keys.Where(k => template.Keys.All(t => t.Key != k)))
        {
            problems.Add(new("wechat.fields." + key, $"模板“{template.Title}”没有参数 {key}。 / The template has no key {key}."));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var (key, value) in await values.FillAsync(fields, text, activityId, cancellationToken))
        {
            if (TemplateValueRules.Problem(key, value) is { } problem)
            {
                var label = template.Keys.First(k => k.Key == key).Label;
                problems.Add(new("wechat.fields." + key, (label is null ? string.Empty : $"【{label}】") + problem + Source(fields[key], activityId)));
            }
        }

        return problems;
    }

    private static string Source(NoticeField field, string? activityId) => field switch
    {
        NoticeField.ActivityTime or NoticeField.Place when activityId is null => "（这条通知没有关联活动 / the notice has no activity）",
        NoticeField.Title => "（通知标题即第一行 / the title is the first line）",
        _ => string.Empty,
    };

    [GeneratedRegex(@"^[A-Za-z_]+\d*$")]
    private static partial Regex KeyName();
}
