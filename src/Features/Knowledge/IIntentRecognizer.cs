using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Understands a message without cloud NLU: rules for commands, retrieval for questions.</summary>
public interface IIntentRecognizer
{
    RecognizedIntent Recognize(string text);
}
