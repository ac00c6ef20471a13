namespace EngageBot.Features.Notices;

/// <summary>
/// Another feature's part of a notice draft (the 公众号 template mapping): checked with the draft (a problem is a 400
/// and nothing is stored), and kept with the notice after its row and before its trigger, so the first firing sees it.
/// </summary>
public interface INoticeDraftPart
{
    Task<IReadOnlyList<NoticeValidation>> CheckAsync(NoticeDraft draft, CancellationToken cancellationToken);

    Task KeepAsync(Notice notice, NoticeDraft draft, CancellationToken cancellationToken);
}
