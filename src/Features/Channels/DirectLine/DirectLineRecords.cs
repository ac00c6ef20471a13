using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>One activity in a conversation's delivery log; <see cref="Seq"/> is its watermark.</summary>
public sealed record LoggedActivity(long Seq, string Json);

/// <summary>A Direct Line conversation hosted here.</summary>
public sealed record HostedConversation(string ConversationId, bool IsGroup, long LastSeq);

/// <summary>A file a member uploaded, as stored.</summary>
public sealed record StoredAttachment(string Id, string ConversationId, string ContentType, string Name, byte[] Content);
