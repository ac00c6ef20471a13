using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Delivers to 公众号 followers through the customer-service message API: turn replies that missed the passive
/// window, and what the outbox sends (notices, reminders, promotions). Failures surface as
/// <see cref="TencentApiException"/> so the outbox retries or records them. Outside WeChat's 48-hour window
/// (errcode 45015) a message goes as the configured template message instead, when there is one.
/// </summary>
public sealed class WeChatSender(WeChatApiClient api, IOptions<WeChatOptions> options) : IActivitySender
{
    public bool Handles(ConversationReference reference) => reference.ChannelId == WeChatActivityMapper.ChannelId;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var openId = reference.User?.Id ?? reference.Conversation.Id
            ?? throw new InvalidOperationException("A WeChat reference names its follower.");
        if (ReplyText.Render(activity, tappableButtons: true) is not { } text)
        {
            return null;
        }

        try
        {
            await api.SendTextAsync(openId, text, cancellationToken);
        }
        catch (TencentApiException ex) when (ex.ErrorCode == 45015 && options.Value.NoticeTemplateId.Length > 0)
        {
            var plain = ReplyText.Render(activity, tappableButtons: false) ?? text;
            var data = new Dictionary<string, string> { [options.Value.NoticeTemplateField] = plain };
            var link = Uri.TryCreate(options.Value.SignInUrl, UriKind.Absolute, out var page) ? page : null;
            await api.SendTemplateAsync(openId, options.Value.NoticeTemplateId, data, link, cancellationToken);
        }

        return null;
    }
}
