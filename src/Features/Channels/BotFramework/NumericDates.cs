using Microsoft.IdentityModel.JsonWebTokens;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// RFC 7519 NumericDate claims as channels write them: whole seconds within the calendar. IdentityModel clamps a
/// number past year 9999 to the end of time and reads fractions, which would make such a token valid forever.
/// </summary>
internal static class NumericDates
{
    private static readonly long LastSecond = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>True when <c>exp</c> (required) and <c>nbf</c> (optional) are integers from 0 to year 9999's end.</summary>
    public static bool AreWholeSecondsInRange(JsonWebToken token) =>
        InRange(token, JwtRegisteredClaimNames.Exp, required: true) && InRange(token, JwtRegisteredClaimNames.Nbf, required: false);

    private static bool InRange(JsonWebToken token, string claim, bool required)
    {
        if (!token.TryGetPayloadValue<object>(claim, out var value))
        {
            return !required;
        }

        return value is long or int && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) is >= 0 and var seconds && seconds <= LastSecond;
    }
}
