namespace EngageBot.Features.Channels.DirectLine;

/// <summary>The built-in Direct Line 3.0 channel (<c>DirectLine:…</c>).</summary>
public sealed class DirectLineOptions
{
    /// <summary>
    /// The Direct Line secret: opens any conversation and generates tokens. Tokens are signed with a key
    /// derived from it; with no secret, a random per-process key signs them (member sign-in still works,
    /// but tokens do not survive a restart) and the secret-only calls answer 401.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token lives; clients refresh it every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the credential inside a <c>streamUrl</c> may be used to open the WebSocket.</summary>
    public TimeSpan StreamTokenLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Web origins (e.g. the union's web site) allowed to call Direct Line from a browser.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The bot's account id in Direct Line conversations.</summary>
    public string BotId { get; set; } = "engagebot";

    /// <summary>Largest upload (all files of one message together).</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>File types members may upload.</summary>
    public string[] AllowedUploadTypes { get; set; } =
        ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain"];

    /// <summary>Requests per second one token may make on average; <see cref="RequestBurst"/> at once.</summary>
    public int RequestsPerSecond { get; set; } = 10;

    public int RequestBurst { get; set; } = 30;

    /// <summary>Frames waiting for one WebSocket; a client that falls this far behind is disconnected.</summary>
    public int SocketQueueCapacity { get; set; } = 256;

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many earlier activities a newly opened stream replays when the conversation already has history.</summary>
    public int ReplayOnStart { get; set; } = 50;
}
