using EngageBot.Dialogs.Protocol;
using EngageBot.Dialogs.Turns;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Delivers to 公众号 followers through the customer-service message API: turn replies that missed the passive
/// window, and what the outbox sends (notices, reminders, promotions). Failures surface as
/// <see cref="TencentApiException"/> so the outbox retries or records them.
/// </summary>
public sealed class WeChatSender(WeChatApiClient api) : IActivitySender
{
    public bool Handles(ConversationReference reference) => reference.ChannelId == WeChatActivityMapper.ChannelId;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var openId = reference.User?.Id ?? reference.Conversation.Id
            ?? throw new InvalidOperationException("A WeChat reference names its follower.");
        if (ReplyText.Render(activity, tappableButtons: true) is { } text)
        {
            await api.SendTextAsync(openId, text, cancellationToken);
        }

        return null;
    }
}
