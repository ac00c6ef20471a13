using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

/// <summary>What the bot says in groups, in both languages.</summary>
public static class GroupTexts
{
    public static readonly Localized NoticePosted = new("📌 群公告：", "📌 Group notice: ");

    public static readonly Localized NoNotice = new("本群还没有群公告。", "This group has no notice yet.");

    public static readonly Localized ChainStarted = new("接龙开始啦！回复“+1”或“接龙”参加，回复“-1”退出。", "A sign-up chain has started! Reply \"+1\" to join, \"-1\" to withdraw.");

    public static readonly Localized ChainAlreadyOpen = new("已经有一个接龙在进行中，先发“#结束接龙”再开始新的。", "A chain is already running; send \"#end chain\" before starting a new one.");

    public static readonly Localized NoChain = new("现在没有进行中的接龙。发送“#接龙 活动名 限20人”开始一个。", "No chain is running. Send \"#接龙 title 限20人\" to start one.");

    public static readonly Localized ChainFull = new("接龙已满（{0}人），下次早点哦！", "The chain is full ({0} people); sorry!");

    public static readonly Localized AlreadyInChain = new("{0} 已经在接龙里了（第{1}位）。", "{0} is already in the chain (#{1}).");

    public static readonly Localized NotInChain = new("{0} 不在接龙里。", "{0} is not in the chain.");

    public static readonly Localized ChainClosed = new("接龙已结束，最终名单：", "The chain is closed. Final list:");

    public static readonly Localized ChainBadLimit = new("人数限制要在 1 到 500 之间，例如“#接龙 周六上午瑜伽 限20人”。", "The limit must be 1–500, e.g. \"#接龙 Saturday yoga 限20人\".");

    public static readonly Localized ChainNeedsTitle = new("请写上接龙的内容，例如“#接龙 周六上午瑜伽 限20人”。", "Please give the chain a title, e.g. \"#接龙 Saturday yoga 限20人\".");

    public static readonly Localized ChainActivityNotFound = new("没有找到这个活动。发送“#接龙 报名 活动名”，活动名要和报名列表里的一致（发送“最近有什么活动”查看）。", "I couldn't find that activity. Send \"#接龙 报名 activity title\" using a title from the activity list (ask \"what's on\").");

    public static readonly Localized ChainActivityAmbiguous = new("有几个活动都符合，请写得更具体一些：", "Several activities match; please be more specific: ");
}
