using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>
/// One option of a choice prompt: <see cref="Value"/> is what the step receives (an id), <see cref="Title"/>
/// what the member sees and may type; <see cref="Synonyms"/> are other words that pick it ("是", "ok").
/// </summary>
public sealed record Choice(string Value, Localized Title, IReadOnlyList<string>? Synonyms = null)
{
    public static readonly Choice Yes = new("yes", new("确认", "Yes"), ["是", "是的", "好", "好的", "对", "确定", "可以", "行", "嗯", "yes", "y", "ok", "okay", "sure", "confirm"]);

    public static readonly Choice No = new("no", new("不了", "No"), ["否", "不", "不是", "不要", "不用", "不行", "不可以", "不确定", "先不", "no", "n", "nope", "not now"]);
}
