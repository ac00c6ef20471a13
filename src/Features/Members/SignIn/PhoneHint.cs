using System.Buffers.Binary;
using System.Globalization;
using EngageBot.Features.Members.Roster;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// The masked phone number the page shows ("138****0001"): enough for the member to recognise their own phone, not
/// enough to learn anyone's. A request that matches nobody gets a made-up hint of the same shape, fixed for that
/// number and name, so asking twice shows nothing new and trying names shows a different hint for each.
/// </summary>
public static class PhoneHint
{
    private static readonly string[] Prefixes =
    [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157",
        "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
        "189", "191", "198", "199",
    ];

    /// <summary>The roster phone as lists show it (<see cref="PhoneNumber.Mask"/>).</summary>
    public static string Mask(string phone) => PhoneNumber.Mask(PhoneNumber.Normalize(phone) ?? phone);

    /// <summary>A plausible mainland hint from <paramref name="seed"/> (at least 8 bytes, e.g. an HMAC).</summary>
    public static string Fake(ReadOnlySpan<byte> seed)
    {
        var prefix = Prefixes[BinaryPrimitives.ReadUInt32BigEndian(seed) % (uint)Prefixes.Length];
        var last = BinaryPrimitives.ReadUInt32BigEndian(seed[4..]) % 10_000;
        return prefix + "****" + last.ToString("D4", CultureInfo.InvariantCulture);
    }
}
