using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>What a typed sign-up command asks for.</summary>
public enum SignUpCommandKind
{
    SignUp,
    Cancel,
    MySignUps,
    CheckIn,
    SetName,
}
