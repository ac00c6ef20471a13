using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>A step's view of the turn: the turn itself and the dialog's typed values (saved after the step).</summary>
public sealed class DialogContext<TValues>(TurnContext turn, TValues values)
{
    public TurnContext Turn { get; } = turn;

    public TValues Values { get; set; } = values;

    public Language Language => Turn.Language;
}
