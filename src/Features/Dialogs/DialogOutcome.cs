namespace EngageBot.Features.Dialogs;

/// <summary>What <see cref="DialogEngine.ContinueAsync"/> did with a message.</summary>
public enum DialogOutcome
{
    /// <summary>No dialog is running (or it just expired): handle the message as usual.</summary>
    NoDialog,

    /// <summary>The dialog took the message; the turn is done.</summary>
    Handled,

    /// <summary>
    /// A new question or "help" in the middle of a dialog: answer it as usual, then call
    /// <see cref="DialogEngine.ResumeAsync"/> to show the dialog's prompt again.
    /// </summary>
    Interrupted,
}
