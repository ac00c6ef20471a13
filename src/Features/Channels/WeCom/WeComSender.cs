using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>Delivers to WeCom members through the app's <c>message/send</c>: replies, notices and sign-up cards.</summary>
public sealed class WeComSender(WeComApiClient api) : IActivitySender
{
    public bool Handles(ConversationReference reference) => reference.ChannelId == WeComActivityMapper.ChannelId;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var userId = reference.User?.Id ?? reference.Conversation.Id
            ?? throw new InvalidOperationException("A WeCom reference names its member.");
        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        foreach (var message in WeComCards.Build(activity))
        {
            await api.SendAsync(userId, message, cancellationToken);
        }

        return null;
    }
}
