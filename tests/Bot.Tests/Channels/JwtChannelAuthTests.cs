using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// /api/messages with MicrosoftAppId set: every request needs a channel token that a published key signed for
/// this bot and this serviceUrl. Refused requests get a 401 problem and run nothing: no transcript, no state,
/// no reply at the channel.
/// </summary>
public sealed class JwtChannelAuthTests : IAsyncLifetime, IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly TestSigningKey _key = new("key-1", "emulator", "webchat");
    private ChannelAuthServer _auth = null!;
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _auth = await ChannelAuthServer.StartAsync(_key);
        _sink = await ChannelSink.StartAsync();
        _bot = await StartBotAsync(_auth.BotSettings());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _auth.DisposeAsync();
    }

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task A_valid_token_runs_the_turn_and_the_reply_carries_the_bots_own_token()
    {
        var response = await PostAsync(Jwt.Sign(_key, Claims()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _sink.NextAsync();
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
        Assert.Equal(1, _auth.TokenRequests);
        Assert.Equal(2, _bot.Count("transcript"));
    }

    [Fact]
    public async Task A_token_for_another_bot_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["aud"] = "another-bot")));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["iss"] = "https://sts.windows.net/evil/")));

    [Fact]
    public async Task A_token_expired_beyond_the_clock_skew_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["exp"] = _clock.GetUtcNow().AddMinutes(-5).AddSeconds(-1).ToUnixTimeSeconds())));

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted()
    {
        var token = Jwt.Sign(_key, Claims(c => c["exp"] = _clock.GetUtcNow().AddMinutes(-4).ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(token)).StatusCode);
        await _sink.NextAsync();
    }

    [Fact]
    public async Task A_token_that_is_not_valid_yet_is_refused_beyond_the_skew_and_accepted_within_it()
    {
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["nbf"] = _clock.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds())));

        var soon = Jwt.Sign(_key, Claims(c => c["nbf"] = _clock.GetUtcNow().AddMinutes(4).ToUnixTimeSeconds()));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(soon)).StatusCode);
    }

    [Fact]
    public async Task Times_at_the_edges_of_the_calendar_are_judged_not_crashed_on()
    {
        var farFuture = Jwt.Sign(_key, Claims(c => c["exp"] = DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(farFuture)).StatusCode);
        await _sink.NextAsync();

        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["nbf"] = DateTimeOffset.MaxValue.ToUnixTimeSeconds())));
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c["exp"] = 0)));
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_refused() =>
        await AssertRefusedAsync(Jwt.Sign(_key, Claims(c => c.Remove("exp"))));

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        await AssertRefusedAsync(Jwt.WithoutSignature(_key.KeyId, Claims()));

    [Fact]
    public async Task An_HS256_token_keyed_with_the_public_key_is_refused() =>
        await AssertRefusedAsync(Jwt.SignHs256(_key, Claims()));

    [Fact]
    public async Task A_token_whose_claims_were_changed_after_signing_is_refused()
    {
        var token = Jwt.Sign(_key, Claims(c => c["aud"] = "another-bot")).Split('.');
        var forged = Jwt.Sign(_key, Claims()).Split('.');

        await AssertRefusedAsync(token[0] + "." + forged[1] + "." + token[2]);
    }

    [Fact]
    public async Task A_token_signed_by_an_unpublished_key_is_refused_after_looking_for_new_keys()
    {
        using var stranger = new TestSigningKey("key-unknown", "emulator");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(_key, Claims()))).StatusCode);
        await _sink.NextAsync();
        var fetched = _auth.KeyRequests;
        _clock.Advance(TimeSpan.FromMinutes(1));

        await AssertRefusedAsync(Jwt.Sign(stranger, Claims()));

        Assert.Equal(fetched + 1, _auth.KeyRequests);
    }

    [Fact]
    public async Task A_token_that_names_a_published_key_but_was_signed_by_another_is_refused()
    {
        using var stranger = new TestSigningKey("key-1", "emulator");

        await AssertRefusedAsync(Jwt.Sign(stranger, Claims()));
    }

    [Fact]
    public async Task After_key_rotation_the_new_key_is_accepted_once_keys_are_refetched_and_the_retired_one_is_refused()
    {
        using var next = new TestSigningKey("key-2", "emulator");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(_key, Claims()))).StatusCode);
        await _sink.NextAsync();
        _auth.Publish(next);

        // An unknown kid refetches the keys, but not more than once per UnknownKeyRefreshInterval (30 s).
        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(next, Claims()))).StatusCode);
        await _sink.NextAsync();

        await AssertRefusedAsync(Jwt.Sign(_key, Claims()));
    }

    [Fact]
    public async Task Unknown_key_ids_refetch_the_keys_at_most_once_per_interval()
    {
        using var stranger = new TestSigningKey("key-forged", "emulator");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(_key, Claims()))).StatusCode);
        await _sink.NextAsync();
        var fetched = _auth.KeyRequests;
        _clock.Advance(TimeSpan.FromMinutes(1));

        for (var i = 0; i < 5; i++)
        {
            await AssertRefusedAsync(Jwt.Sign(stranger, Claims(), keyId: "forged-" + i));
        }

        Assert.Equal(fetched + 1, _auth.KeyRequests);
    }

    [Fact]
    public async Task During_a_key_service_outage_known_keys_keep_working_and_failed_fetches_are_not_repeated_at_once()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(_key, Claims()))).StatusCode);
        await _sink.NextAsync();
        _auth.KeysUnavailable = true;
        _clock.Advance(TimeSpan.FromHours(25)); // past the 24 h refresh: the next token makes the cache try again
        var fetched = _auth.KeyRequests;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(_key, Claims()))).StatusCode);
        var tried = _auth.KeyRequests; // IdentityModel's document retriever retries a 503 once within one fetch
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.Sign(_key, Claims()))).StatusCode);

        Assert.True(tried > fetched);
        Assert.Equal(tried, _auth.KeyRequests);
        await _sink.NextAsync();
        await _sink.NextAsync();
    }

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
    public async Task A_key_endorsed_for_other_channels_cannot_deliver_this_channels_activity()
    {
        using var teamsOnly = new TestSigningKey("key-teams", "msteams");
        _auth.Publish(_key, teamsOnly);

        await AssertRefusedAsync(Jwt.Sign(teamsOnly, Claims()));
    }

    [Fact]
    public async Task A_key_that_lists_no_endorsements_delivers_no_channel()
    {
        using var plain = new TestSigningKey("key-plain");
        _auth.Publish(_key, plain);

        await AssertRefusedAsync(Jwt.Sign(plain, Claims()));
    }

    [Fact]
    public async Task A_key_with_an_empty_endorsement_list_delivers_no_channel()
    {
        using var empty = new TestSigningKey("key-empty") { WriteEmptyEndorsements = true };
        _auth.Publish(_key, empty);

        await AssertRefusedAsync(Jwt.Sign(empty, Claims()));
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task RS384_and_RS512_tokens_are_accepted(string alg)
    {
        var hash = alg == "RS384" ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA512;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Jwt.SignRsa(_key, Claims(), alg, hash))).StatusCode);
        await _sink.NextAsync();
    }

    [Fact]
    public async Task A_PS256_token_from_a_published_key_is_refused() =>
        await AssertRefusedAsync(Jwt.SignPs256(_key, Claims()));

    [Fact]
    public async Task A_published_key_shorter_than_2048_bits_is_refused()
    {
        using var small = new TestSigningKey("key-small", "emulator") { KeySize = 1024 };
        _auth.Publish(_key, small);

        await AssertRefusedAsync(Jwt.Sign(small, Claims()));
    }

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

    private Task<BotHost> StartBotAsync(Dictionary<string, string?> settings) =>
        BotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));

    private JsonObject Claims(Action<JsonObject>? change = null)
    {
        var claims = Jwt.ChannelClaims(ChannelAuthServer.AppId, _sink.ServiceUrl, _clock.GetUtcNow());
        change?.Invoke(claims);
        return claims;
    }

    private Task<HttpResponseMessage> PostAsync(string token) =>
        _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, "help"), token);

    private async Task AssertRefusedAsync(string token) =>
        await AssertRefusedAsync(() => PostAsync(token));

    /// <summary>401 with a problem body, and the request changed nothing and sent nothing.</summary>
    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var before = (_bot.Count("transcript"), _bot.Count("processed_activities"), _bot.Count("state"));

        using var response = await send();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unauthorized", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (_bot.Count("transcript"), _bot.Count("processed_activities"), _bot.Count("state")));
        Assert.True(await _sink.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }
}
