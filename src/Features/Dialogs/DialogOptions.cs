namespace EngageBot.Features.Dialogs;

/// <summary>Dialog engine settings (<c>Dialogs:…</c>).</summary>
public sealed class DialogOptions
{
    /// <summary>A flow untouched this long is over: the next message is handled as new.</summary>
    public TimeSpan FlowTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
