namespace EngageBot.Features.Knowledge;

/// <summary>How a message that names an action asks for it; only <see cref="Command"/> may change data at once.</summary>
public enum ActionMode
{
    /// <summary>An explicit command ("报名周六的瑜伽", "sign me up for tai chi", "退订通知").</summary>
    Command,

    /// <summary>A request the bot may have inferred ("我想参加瑜伽", "能帮我报个名吗"): asked back with yes/no first.</summary>
    Confirm,

    /// <summary>A question about the action ("怎么报名", "能参加吗", "报名截止是哪天"): answered, never run.</summary>
    Question,

    /// <summary>The member says not to ("不想报了", "别给我报", "don't cancel"): never run.</summary>
    Negated,
}
