namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Hears the staff alerts other instances broadcast on <see cref="Topic"/> (<see cref="ConversationSignal.Alert"/>), over
/// the same signals as the Direct Line fan-out: no second LISTEN connection. Alerts sent while this instance's listener
/// was down are lost; <see cref="OnResync"/> then says so, and the consoles reload what they show.
/// </summary>
public interface IClusterAlertListener
{
    /// <summary>The alerts this listener takes (the signal's topic), e.g. "handoff".</summary>
    string Topic { get; }

    /// <summary>An alert from another instance, its JSON as broadcast; never blocks.</summary>
    void OnAlert(string payload);

    /// <summary>This instance's listener (re)connected: alerts may have been missed.</summary>
    void OnResync();
}
