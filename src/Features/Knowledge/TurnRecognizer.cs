using System.Runtime.CompilerServices;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Recognizes a turn's text once, however many routes ask (a text sent before: its kept reading, <see cref="RecognitionCache"/>).</summary>
public sealed class TurnRecognizer(RecognitionCache recognizer)
{
    private readonly ConditionalWeakTable<TurnContext, RecognizedIntent> _turns = [];

    private ConditionalWeakTable<TurnContext, RecognizedIntent>.CreateValueCallback? _read;

    public RecognizedIntent Recognize(TurnContext context) => _turns.GetValue(context, _read ??= Read);

    private RecognizedIntent Read(TurnContext context)
    {
        var recognized = recognizer.Recognize(context.Text);
        RecognitionMetrics.Record(recognized);
        return recognized;
    }
}
