using EngageBot.Core.State;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// Where running dialogs are kept: one <see cref="DialogFrame"/> per member of a conversation, in conversation
/// state under <c>dialogs</c>, so members of a group each have their own.
/// </summary>
internal static class DialogFrames
{
    private static readonly StateProperty<Dictionary<string, DialogFrame>> Frames = new("dialogs", FlowsJson.Default.DictionaryStringDialogFrame);

    public static DialogFrame? Get(TurnContext context) =>
        context.State.Conversation.Get(Frames)?.GetValueOrDefault(FrameKey(context));

    public static void Save(TurnContext context, DialogFrame? frame)
    {
        var frames = context.State.Conversation.Get(Frames) ?? [];
        var key = FrameKey(context);
        if (frame is null)
        {
            if (frames.Remove(key))
            {
                if (frames.Count == 0)
                {
                    context.State.Conversation.Remove(Frames);
                }
                else
                {
                    context.State.Conversation.Set(Frames, frames);
                }
            }

            return;
        }

        frames[key] = frame;
        context.State.Conversation.Set(Frames, frames);
    }

    private static string FrameKey(TurnContext context) => context.Activity.From?.Id ?? string.Empty;
}
