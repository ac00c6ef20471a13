using System.Text.Json;
using System.Text.RegularExpressions;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// The account's templates, read from WeChat each time staff ask (rarely; a template deleted in 公众平台 is gone at once):
/// template messages and subscription-notice templates, each with its keys read from its content
/// (<c>活动名称:{{thing1.DATA}}</c>). An account without one of the two (WeChat refuses that list) simply has none of it.
/// </summary>
public sealed partial class TemplateCatalog(WeChatApiClient api)
{
    public async Task<IReadOnlyList<AccountTemplate>> ListAsync(CancellationToken cancellationToken)
    {
        var templates = new List<AccountTemplate>();
        var refused = 0;
        try
        {
            var answer = await api.ListTemplatesAsync(cancellationToken);
            templates.AddRange(Read(answer, "template_list", "template_id", TemplateKind.Template));
        }
        catch (TencentApiException)
        {
            refused++;
        }

        try
        {
            var answer = await api.ListSubscriptionTemplatesAsync(cancellationToken);
            templates.AddRange(Read(answer, "data", "priTmplId", TemplateKind.Subscription));
        }
        catch (TencentApiException) when (refused == 0)
        {
            // Not every account has subscription notices; the template messages are still there.
        }

        return templates;
    }

    /// <summary>The keys of a template's content, in order, each with the label before it on its line.</summary>
    public static IReadOnlyList<TemplateKey> KeysOf(string content) =>
        [.. KeyPattern().Matches(content).Select(m => new TemplateKey(m.Groups["key"].Value,
            m.Groups["label"].Success && m.Groups["label"].Value.Trim().Length > 0 ? m.Groups["label"].Value.Trim() : null))
            .DistinctBy(k => k.Key)];

    private static IEnumerable<AccountTemplate> Read(JsonElement answer, string list, string idField, TemplateKind kind)
    {
        if (!answer.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (Text(item, idField) is not { Length: > 0 } id)
            {
                continue;
            }

            yield return new AccountTemplate(kind, id, Text(item, "title") ?? id, KeysOf(Text(item, "content") ?? string.Empty), Text(item, "example"));
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "会议时间:{{date2.DATA}}"; the documentation's own samples sometimes space the braces ("{ {result.DATA} }").
    [GeneratedRegex(@"(?:(?<label>[^\n{}:：]*)[:：]\s*)?\{\s*\{\s*(?<key>[A-Za-z_]+\d*)\.DATA\s*\}\s*\}")]
    private static partial Regex KeyPattern();
}
