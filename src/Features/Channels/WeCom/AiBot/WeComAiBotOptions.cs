using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// WeCom's intelligent robot (智能机器人, API mode) in group chats (<c>WeCom:AiBot:…</c>): the Token and EncodingAESKey
/// set under the robot's 接收消息 API settings. Without a Token the robot's callback is off.
/// </summary>
public sealed class WeComAiBotOptions : ICallbackChannelOptions
{
    public const string Section = "WeCom:AiBot";

    public string Token { get; set; } = string.Empty;

    public string EncodingAesKey { get; set; } = string.Empty;

    /// <summary>The receive id inside every ciphertext: empty for a company's own robot, as WeCom documents.</summary>
    public string ReceiveId { get; set; } = string.Empty;

    /// <summary>How long a message callback waits for its turn to answer in the callback itself (the rest streams).</summary>
    public TimeSpan PassiveReplyWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a reply stream is kept: WeCom asks for a stream's refresh for at most 6 minutes.</summary>
    public TimeSpan StreamLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A POST whose timestamp is further than this from now is refused (replays).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The link an unbound member is given to bind their WeCom account (the member page via <c>/api/wecom/oauth/start</c>).</summary>
    public string BindUrl { get; set; } = string.Empty;

    public bool Enabled => Token.Length > 0;

    /// <summary>The start-up check: a robot that is on has a well-formed key and sane windows.</summary>
    public static bool IsValid(WeComAiBotOptions options) =>
        !options.Enabled
        || (CallbackCipher.IsValidKey(options.EncodingAesKey)
            && options.PassiveReplyWindow > TimeSpan.Zero && options.PassiveReplyWindow < TimeSpan.FromSeconds(5)
            && options.StreamLifetime >= TimeSpan.FromMinutes(6)
            && (options.BindUrl.Length == 0 || Uri.TryCreate(options.BindUrl, UriKind.Absolute, out _)));
}
