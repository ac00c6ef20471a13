using EngageBot.Features.Notices;

namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>The notice draft's <c>wechat</c> part: checked against the account's templates, kept with the notice.</summary>
public sealed class WeChatNoticeDraftPart(NoticeTemplateCheck check, NoticeTemplateStore store) : INoticeDraftPart
{
    public Task<IReadOnlyList<NoticeValidation>> CheckAsync(NoticeDraft draft, CancellationToken cancellationToken) =>
        draft.WeChat is { } mapping && !string.IsNullOrWhiteSpace(draft.Text)
            ? check.CheckAsync(mapping, draft.Text, NullIfBlank(draft.ActivityId), cancellationToken)
            : Task.FromResult<IReadOnlyList<NoticeValidation>>([]);

    public Task KeepAsync(Notice notice, NoticeDraft draft, CancellationToken cancellationToken) =>
        draft.WeChat is { Kind: { } kind, TemplateId: { } templateId, Fields: { } fields }
            ? store.SaveAsync(notice.Id, kind, templateId, fields, cancellationToken)
            : Task.CompletedTask;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
