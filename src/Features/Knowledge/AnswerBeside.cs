using EngageBot.Core.Turns;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// The question asked beside a command or a reply that is not the knowledge route's ("转人工，另外12351几点有人接？",
/// "这个怎么用？另外会员卡丢了怎么补"): answered after it by whichever route ran the command, so no route drops it.
/// </summary>
public sealed class AnswerBeside(TurnRecognizer recognizer, IKnowledgeBase knowledge, TimeProvider clock)
{
    public void Reply(TurnContext context)
    {
        if (recognizer.Recognize(context).Also is { } also)
        {
            KnowledgeAnswer.Reply(context, also.Entry, knowledge.Current, clock.GetUtcNow());
        }
    }
}
