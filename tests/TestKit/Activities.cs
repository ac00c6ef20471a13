using EngageBot.Bot;
using EngageBot.Core.Protocol;

namespace EngageBot.TestKit;

/// <summary>Activities as a channel sends them.</summary>
public static class Activities
{
    public static Activity Message(string serviceUrl, string text, string conversationId = "conv-1", string userId = "user-1", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = userId, Name = "王芳" },
        Recipient = new ChannelAccount { Id = "bot", Name = "小助手" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Timestamp = DateTimeOffset.UtcNow,
    };
}
