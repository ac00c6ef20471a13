using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EngageBot.Features.Members.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.TestKit;

/// <summary>
/// Member sign-in as a member does it, for tests that need a signed-in member: the member is put on the roster, asks
/// for a code with number and name, and the code is read from the File SMS sender's file like from their phone.
/// </summary>
public static class MemberSignInExtensions
{
    /// <summary>A phone number of its own for each member number (so codes in the file are told apart).</summary>
    public static string PhoneOf(string memberNumber) =>
        "139" + (BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(memberNumber.Trim().ToUpperInvariant()))) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds (or updates) an active member on the roster.</summary>
    public static Task SeedMemberAsync(this BotHost host, string memberNumber, string name, string? phone = null) =>
        host.Services.GetRequiredService<IMemberRoster>().UpsertAsync(
            new RosterMember(memberNumber, name, phone ?? PhoneOf(memberNumber), "测试区总工会/测试单位工会", MemberStatus.Active, null, 1),
            CancellationToken.None);

    /// <summary>
    /// Puts the member on the roster unless they are on it already (an imported roster is kept as it is), asks for a
    /// code, reads it from the SMS file at the phone on file and verifies it; the session JSON.
    /// </summary>
    public static async Task<JsonElement> SignInMemberAsync(this BotHost host, string memberNumber, string name)
    {
        var roster = host.Services.GetRequiredService<IMemberRoster>();
        if (await roster.FindAsync(memberNumber, CancellationToken.None) is null)
        {
            await host.SeedMemberAsync(memberNumber, name);
        }

        var phone = (await roster.FindAsync(memberNumber, CancellationToken.None))!.Phone;
        var code = await host.RequestCodeAsync(memberNumber, name, phone);
        using var verified = await host.Http.PostAsJsonAsync("api/members/session/verify", new { memberNumber, code });
        if (verified.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"verify answered {(int)verified.StatusCode}: {await verified.Content.ReadAsStringAsync()}");
        }

        return BotHost.Json(await verified.Content.ReadAsStringAsync());
    }

    /// <summary>Asks for a code (202 expected) and returns the code the SMS file received for the member's phone.</summary>
    public static async Task<string> RequestCodeAsync(this BotHost host, string memberNumber, string name, string? phone = null)
    {
        phone ??= PhoneOf(memberNumber);
        var before = host.SmsTo(phone).Count;
        using var response = await host.Http.PostAsJsonAsync("api/members/session", new { memberNumber, name });
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await host.NextCodeAsync(phone, before);
    }

    /// <summary>Waits until the SMS file holds more than <paramref name="seen"/> messages to the phone; the newest code.</summary>
    public static async Task<string> NextCodeAsync(this BotHost host, string phone, int seen)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = host.SmsTo(phone);
            if (messages.Count > seen)
            {
                return CodeIn(messages[^1]);
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>The texts the File sender wrote to one phone so far, oldest first.</summary>
    public static List<string> SmsTo(this BotHost host, string phone)
    {
        if (!File.Exists(host.SmsFilePath))
        {
            return [];
        }

        using var stream = new FileStream(host.SmsFilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var texts = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            // A line being appended right now may be incomplete: it is read on the next look.
            if (!line.EndsWith('}'))
            {
                continue;
            }

            using var message = JsonDocument.Parse(line);
            if (message.RootElement.GetProperty("phone").GetString() == phone)
            {
                texts.Add(message.RootElement.GetProperty("text").GetString()!);
            }
        }

        return texts;
    }

    public static string CodeIn(string text) => System.Text.RegularExpressions.Regex.Match(text, "[0-9]{6}").Value;
}
