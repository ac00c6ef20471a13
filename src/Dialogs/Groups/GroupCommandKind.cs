namespace EngageBot.Dialogs.Groups;

public enum GroupCommandKind
{
    StartChain,
    JoinChain,
    WithdrawChain,
    ShowChain,
    EndChain,
    ShowNotice,
}
