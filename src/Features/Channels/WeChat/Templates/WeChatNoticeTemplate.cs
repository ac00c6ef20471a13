namespace EngageBot.Features.Channels.WeChat.Templates;

/// <summary>
/// A notice's WeChat mapping: the template (<see cref="TemplateKind.Template"/>) or subscription notice
/// (<see cref="TemplateKind.Subscription"/>) followers outside the 48-hour window get, and which notice field fills
/// which template key (<c>{"thing1":"title","time2":"activityTime"}</c>).
/// </summary>
public sealed record WeChatNoticeTemplate
{
    public TemplateKind? Kind { get; init; }

    public string? TemplateId { get; init; }

    public IReadOnlyDictionary<string, NoticeField>? Fields { get; init; }
}
