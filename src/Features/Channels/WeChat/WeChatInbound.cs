using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>A verified, decrypted callback: its message fields, and whether the reply must be encrypted too.</summary>
public sealed record WeChatInbound(CallbackFields Fields, bool Encrypted);
