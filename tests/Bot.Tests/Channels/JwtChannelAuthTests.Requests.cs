using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>The request around the token: Authorization header and scheme, malformed tokens, claim types, serviceUrl, issuers.</summary>
public sealed partial class JwtChannelAuthTests
{
    [Fact]
    public async Task A_serviceUrl_other_than_the_one_the_token_vouches_for_is_refused()
    {
        await using var attacker = await ChannelSink.StartAsync();
        var token = Jwt.Sign(_key, Claims(c => c["serviceurl"] = _sink.ServiceUrl));

        await AssertRefusedAsync(() => _bot.PostActivityAsync(Activities.Message(attacker.ServiceUrl, "help"), token));
        Assert.True(await attacker.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_ignoring_case_but_not_a_trailing_slash()
    {
        var upper = Jwt.Sign(_key, Claims(c => c["serviceurl"] = _sink.ServiceUrl.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(upper)).StatusCode);
        await _sink.NextAsync();

        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["serviceurl"] = _sink.ServiceUrl.TrimEnd('/'))));
    }

    [Fact]
    public async Task A_token_without_a_serviceurl_claim_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c.Remove("serviceurl"))));

    [Fact]
    public async Task A_request_without_an_Authorization_header_is_refused() =>
        await AssertRefusedAsync(() => _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help")));

    [Theory]
    [InlineData("Basic")]
    [InlineData("Bearerx")]
    [InlineData("Token")]
    public async Task A_scheme_other_than_Bearer_is_refused(string scheme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Activities.Message(_sink.ServiceUrl, "help"), ProtocolJson.Default.Activity),
        };
        request.Headers.TryAddWithoutValidation("Authorization", scheme + " " + Jwt.Sign(_key, Claims()));

        await AssertRefusedAsync(() => _bot.Http.SendAsync(request));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("a.b.c")]
    [InlineData("a.b.c.d")]
    [InlineData("!!!.???.***")]
    [InlineData("W10.W10.")]
    [InlineData("e30.e30.")]
    [InlineData("bnVsbA.bnVsbA.")]
    public async Task A_malformed_token_is_refused(string token) => await AssertRefusedAsync(token);

    public static TheoryData<string, string> WrongClaimTypes => new()
    {
        { "exp", """ "2030-01-01" """ },
        { "exp", "1.5e12" },
        { "exp", "999999999999999" },
        { "exp", "null" },
        { "nbf", """ "soon" """ },
        { "aud", "42" },
        { "aud", """ [42, {"a":1}] """ },
        { "iss", "[]" },
        { "serviceurl", "{}" },
    };

    [Theory]
    [MemberData(nameof(WrongClaimTypes))]
    public async Task A_signed_token_with_a_claim_of_the_wrong_type_is_refused(string claim, string json) =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c[claim] = JsonNode.Parse(json))));

    [Fact]
    public async Task Configured_issuers_replace_the_default_ones()
    {
        var settings = _auth.BotSettings();
        settings["ChannelAuth:ValidIssuers:0"] = "https://issuer.example/";
        await using var bot = await StartBotAsync(settings);

        var botFramework = await bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), Jwt.Sign(_key, Claims()));
        var configured = await bot.PostActivityAsync(
            Activities.Message(_sink.ServiceUrl, "help"), Jwt.Sign(_key, Claims(c => c["iss"] = "https://issuer.example/")));

        Assert.Equal(HttpStatusCode.Unauthorized, botFramework.StatusCode);
        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
    }
}
