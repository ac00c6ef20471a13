using EngageBot.Features.Dialogs;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Groups;

public enum GroupCommandKind
{
    StartChain,
    JoinChain,
    WithdrawChain,
    ShowChain,
    EndChain,
    ShowNotice,
}
