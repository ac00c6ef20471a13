using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.WeChat.Passive;
using EngageBot.Features.Channels.WeChat.Followers;
using EngageBot.Features.Channels.WeChat.Templates;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// Delivers to 公众号 followers. A reply whose callback still waits goes into that callback's passive reply
/// (<see cref="PassiveSlots"/>); everything else — late replies, notices, reminders, promotions, all sent by the
/// outbox — goes through the customer-service message API. Failures surface as <see cref="TencentApiException"/>
/// so the outbox retries or records them, tagged with the report's word (<see cref="WeChatReasons"/>). Outside
/// WeChat's 48-hour window (errcode 45015) a message goes as a template (<see cref="OutsideWindowSender"/>); nothing
/// goes to a follower who unsubscribed (<see cref="FollowState"/>).
/// </summary>
public sealed class WeChatSender(WeChatApiClient api, PassiveSlots slots, FollowState followers, OutsideWindowSender outsideWindow) : IActivitySender
{
    /// <summary>How long a reply that no longer fits the passive reply waits for it to go out first.</summary>
    public static readonly TimeSpan AfterPassive = TimeSpan.FromSeconds(1);

    public bool Handles(ConversationReference reference) => reference.ChannelId == WeChatActivityMapper.ChannelId;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var openId = reference.User?.Id ?? reference.Conversation.Id
            ?? throw new InvalidOperationException("A WeChat reference names its follower.");
        if (ReplyText.Render(activity, tappableButtons: true) is not { } text)
        {
            return null;
        }

        switch (slots.Offer(openId, TurnOf(activity), text))
        {
            case PassiveOffer.Taken:
                return null;
            case PassiveOffer.Full:
                // As the robot limiter does: the outbox takes the reply over and sends it once the passive reply is out.
                var later = new HttpRequestException("The passive reply is full", null, HttpStatusCode.TooManyRequests);
                later.Data["RetryAfter"] = AfterPassive;
                throw later;
        }

        if (await followers.UnfollowedAsync(openId, cancellationToken))
        {
            // WeChat would refuse (43004) anyway; asking is pointless and the report should say why.
            throw WeChatReasons.Tag(new TencentApiException(43004), WeChatReasons.Unsubscribed);
        }

        try
        {
            await api.SendTextAsync(openId, text, cancellationToken);
        }
        catch (TencentApiException ex) when (ex.ErrorCode == 45015)
        {
            await outsideWindow.SendAsync(openId, activity, ReplyText.Render(activity, tappableButtons: false) ?? text, ex, cancellationToken);
        }
        catch (TencentApiException ex)
        {
            throw WeChatReasons.Tag(ex);
        }

        return null;
    }

    /// <summary>
    /// The message a reply answers: its replyToId, or else the turn named in the outbox key the adapter gave it as id
    /// (<c>reply|{conversation}|{turn}|{n}</c>); null for anything that is not a turn's reply.
    /// </summary>
    private static string? TurnOf(Activity activity)
    {
        if (activity.ReplyToId is { Length: > 0 } replyTo)
        {
            return replyTo;
        }

        var parts = activity.Id?.Split('|');
        return parts is { Length: >= 4 } && parts[0] == "reply" ? parts[^2] : null;
    }
}
