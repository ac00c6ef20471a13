namespace EngageBot.Features.Polls;

/// <summary><c>Polls</c>: how often due polls are closed, and how near or far a poll's deadline may be.</summary>
public sealed class PollOptions
{
    public const string Section = "Polls";

    /// <summary>How often the close job looks for polls past their deadline.</summary>
    public TimeSpan CloseCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The earliest deadline a new poll may have, from now.</summary>
    public TimeSpan MinDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The latest deadline a new poll may have, from now.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromDays(60);
}
