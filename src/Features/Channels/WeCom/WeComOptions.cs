using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>The WeCom self-built app (自建应用) channel (<c>WeCom:…</c>). Without a Token the channel is off.</summary>
public sealed class WeComOptions : ICallbackChannelOptions
{
    public const string Section = "WeCom";

    /// <summary>The company's CorpID (企业ID); also the receiver id inside every ciphertext.</summary>
    public string CorpId { get; set; } = string.Empty;

    /// <summary>The app's AgentId.</summary>
    public int AgentId { get; set; }

    /// <summary>The app's Secret, used only to fetch access tokens; never logged.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The Token set under 接收消息 → 设置API接收.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The EncodingAESKey set there too: WeCom always encrypts.</summary>
    public string EncodingAesKey { get; set; } = string.Empty;

    public Uri ApiBaseUrl { get; set; } = new("https://qyapi.weixin.qq.com");

    /// <summary>Where members are sent to authorise (网页授权, <c>/connect/oauth2/authorize</c>) when binding their userid.</summary>
    public Uri OAuthBaseUrl { get; set; } = new("https://open.weixin.qq.com");

    /// <summary>How long a callback waits for its turn before answering; replies go through message/send either way.</summary>
    public TimeSpan CallbackWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A POST whose timestamp is further than this from now is refused (replays).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public bool Enabled => Token.Length > 0;
}
