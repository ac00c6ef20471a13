using EngageBot.Core.Turns;

namespace EngageBot.Features.Dialogs;

/// <summary>What the dialog engine itself says.</summary>
public static class DialogTexts
{
    public static Localized Cancelled(Localized title) => new($"好的，已退出“{title.Zh}”。有需要随时找我。", $"OK, I've stopped the {title.En}. I'm here if you need me.");

    public static Localized Expired(Localized title) => new($"刚才的“{title.Zh}”太久没有继续，已自动结束。", $"The {title.En} we started earlier timed out, so I closed it.");

    public static Localized Restarted(Localized title) => new($"小助手刚升级过，刚才的“{title.Zh}”接不上了，我们从头开始吧。", $"I was just updated and couldn't pick up the {title.En} where we left off, so let's start it again.");

    public static readonly Localized Gone = new("小助手刚升级过，刚才的对话接不上了，抱歉。我们重新开始吧，发送“帮助”可以看看我能做什么。", "I was just updated and couldn't pick up our earlier conversation, sorry. Let's start fresh: send \"help\" to see what I can do.");

    public static Localized Resume(Localized title) => new($"我们接着刚才的“{title.Zh}”：", $"Back to the {title.En}:");

    public static readonly Localized NotAChoice = new("没看懂您的选择，请回复序号或点选下面的选项。", "Sorry, I didn't get that. Reply with a number or tap an option.");

    public static readonly Localized NumberedHint = new("回复序号或名称即可", "Reply with the number or the name");

    public static readonly Localized CancelHint = new("（发送“取消”可退出）", "(send \"cancel\" to stop)");
}
