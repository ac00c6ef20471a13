using System.Net;
using EngageBot.Bot.Tests.Groups;
using EngageBot.Core.Protocol;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>The channel's signing keys: publication, rotation, refetching, outages, endorsements and key strength.</summary>
public sealed partial class JwtChannelAuthTests
{
    [Fact]
    public async Task An_HS256_token_keyed_with_the_public_key_is_refused() =>
        await AssertRefusedAsync(Jwt.SignHs256(_key, Claims()));

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

        // An unknown kid refetches the keys, but not more than once per UnknownKeyRefreshInterval (30 s). IdentityModel 8
        // refetches in the background, so the token that asked for it may still meet the old keys: a later one passes.
        _clock.Advance(TimeSpan.FromSeconds(31));
        var status = HttpStatusCode.Unauthorized;
        for (var i = 0; i < 50 && status == HttpStatusCode.Unauthorized; i++)
        {
            status = (await PostAsync(Jwt.Sign(next, Claims()))).StatusCode;
            await Task.Delay(i == 0 ? 0 : 100);
        }

        Assert.Equal(HttpStatusCode.OK, status);
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
}
