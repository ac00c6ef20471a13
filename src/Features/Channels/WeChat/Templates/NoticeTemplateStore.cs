using System.Text.Json;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>The <c>wechat_notice_templates</c> table: one WeChat mapping per notice, replaced when staff save it again.</summary>
public sealed class NoticeTemplateStore(IDatabase database, TimeProvider clock)
{
    public Task SaveAsync(string noticeId, TemplateKind kind, string templateId, IReadOnlyDictionary<string, NoticeField> fields, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var save = connection.Command(
                """
                INSERT INTO wechat_notice_templates (notice_id, kind, template_id, fields, updated_at) VALUES (@n, @k, @t, @f, @at)
                ON CONFLICT (notice_id) DO UPDATE SET kind = excluded.kind, template_id = excluded.template_id,
                  fields = excluded.fields, updated_at = excluded.updated_at
                """, transaction)
                .With("@n", noticeId).With("@k", kind == TemplateKind.Subscription ? "subscription" : "template").With("@t", templateId)
                .With("@f", JsonSerializer.Serialize(fields, TemplatesJson.Default.IReadOnlyDictionaryStringNoticeField))
                .With("@at", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await save.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The notice's mapping, or null when it has none (the configured default template applies).</summary>
    public async Task<WeChatNoticeTemplate?> FindAsync(string noticeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT kind, template_id, fields FROM wechat_notice_templates WHERE notice_id = @n")
            .With("@n", noticeId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new WeChatNoticeTemplate
        {
            Kind = reader.GetString(0) == "subscription" ? TemplateKind.Subscription : TemplateKind.Template,
            TemplateId = reader.GetString(1),
            Fields = JsonSerializer.Deserialize(reader.GetString(2), TemplatesJson.Default.IReadOnlyDictionaryStringNoticeField),
        };
    }

    public Task<int> DeleteAsync(string noticeId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.Command("DELETE FROM wechat_notice_templates WHERE notice_id = @n", transaction).With("@n", noticeId);
            return await delete.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
