using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Members;

/// <summary>
/// Member numbers and names as the sign-in accepts them, and the ids derived from them: the Direct Line user
/// id <c>dl_{number}</c> (the <c>dl_</c> prefix tells Web Chat the id is bound into the token) and a stable
/// 1:1 conversation id, so a member finds their chat again after signing in anew.
/// </summary>
public static partial class MemberIdentity
{
    public const int MaxNameLength = 32;

    /// <summary>Member-page users' Direct Line ids: <c>dl_</c> + the member number, upper-case.</summary>
    public const string UserIdPrefix = "dl_";

    /// <summary>What is wrong with a member number and name, in both languages (null when both are fine).</summary>
    public static Localized? Validate(string? memberNumber, string? name)
    {
        if (!IsMemberNumber(memberNumber))
        {
            return new("会员号只能包含字母、数字和“-”，最长 32 位。", "The member number may hold letters, digits and '-' (up to 32).");
        }

        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is 0 or > MaxNameLength || trimmed.Any(char.IsControl)
            ? new($"请填写姓名（最多 {MaxNameLength} 个字）。", $"Please give your name (up to {MaxNameLength} characters).")
            : null;
    }

    /// <summary>True for a member number as the union card prints it: letters, digits and '-', 1–32 long (spaces around allowed).</summary>
    public static bool IsMemberNumber(string? value) => value is not null && MemberNumber().IsMatch(value.Trim());

    public static string UserId(string memberNumber) => UserIdPrefix + memberNumber.Trim().ToUpperInvariant();

    public static string DirectConversationId(string userId) =>
        "m_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("engagebot-1to1:" + userId)))[..32];

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex MemberNumber();
}
