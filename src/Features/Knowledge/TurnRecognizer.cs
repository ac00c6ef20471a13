using System.Runtime.CompilerServices;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Recognizes a turn's text once, however many routes ask.</summary>
public sealed class TurnRecognizer(IIntentRecognizer recognizer)
{
    private readonly ConditionalWeakTable<TurnContext, RecognizedIntent> _turns = [];

    public RecognizedIntent Recognize(TurnContext context) => _turns.GetValue(context, c => recognizer.Recognize(c.Text));
}
