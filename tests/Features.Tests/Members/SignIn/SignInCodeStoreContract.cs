using EngageBot.Features.Members.SignIn;
using EngageBot.Infrastructure;
using EngageBot.TestKit;

namespace EngageBot.Features.Tests.Members.SignIn;

/// <summary>The sign-in code store's rules, run on each provider.</summary>
public abstract class SignInCodeStoreContract : IAsyncLifetime
{
    private const string Number = "BJ-0001";
    private const string Right = "hash-of-the-right-code";
    private static readonly SignInLimits Limits = new(
        CodeLifetime: TimeSpan.FromMinutes(5), ResendInterval: TimeSpan.FromSeconds(60), RequestsPerNumber: 3,
        NumberWindow: TimeSpan.FromHours(1), MaxWrongCodes: 5);

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    protected IDatabase Database { get; private set; } = null!;

    private SignInCodeStore Store => new(Database);

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => DeleteDatabaseAsync(Database);

    protected abstract Task<IDatabase> CreateDatabaseAsync();

    protected virtual Task DeleteDatabaseAsync(IDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task The_right_code_verifies_once()
    {
        await RequestAsync(Right);

        Assert.Equal(CodeCheck.Verified, await CheckAsync(Right));
        Assert.Equal(CodeCheck.NoCode, await CheckAsync(Right));
    }

    [Fact]
    public async Task Five_wrong_codes_void_the_pending_one()
    {
        await RequestAsync(Right);

        var guesses = new List<CodeCheck>();
        for (var i = 0; i < 5; i++)
        {
            guesses.Add(await CheckAsync("wrong-" + i));
        }

        Assert.All(guesses, g => Assert.Equal(CodeCheck.Wrong, g));
        Assert.Equal(CodeCheck.NoCode, await CheckAsync(Right));
    }

    [Fact]
    public async Task Concurrent_wrong_guesses_all_count_and_cannot_exceed_the_limit()
    {
        await RequestAsync(Right);

        var guesses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => CheckAsync("wrong-" + i)));

        Assert.Equal(5, guesses.Count(g => g == CodeCheck.Wrong));
        Assert.Equal(7, guesses.Count(g => g == CodeCheck.NoCode));
        Assert.Equal(CodeCheck.NoCode, await CheckAsync(Right));
    }

    [Fact]
    public async Task An_expired_code_fails()
    {
        await RequestAsync(Right);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(CodeCheck.NoCode, await CheckAsync(Right));
    }

    [Fact]
    public async Task A_second_request_within_the_resend_interval_is_refused_with_the_time_left()
    {
        await RequestAsync(Right);
        _clock.Advance(TimeSpan.FromSeconds(45));

        var early = await Store.RequestAsync(Number, "hash-of-a-newer-code", _clock.GetUtcNow(), Limits, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(15));
        var later = await Store.RequestAsync(Number, "hash-of-a-newer-code", _clock.GetUtcNow(), Limits, CancellationToken.None);

        Assert.Equal((CodeRequestStatus.ResendTooSoon, TimeSpan.FromSeconds(15)), (early.Status, early.RetryAfter));
        Assert.Equal(CodeRequestStatus.Issued, later.Status);
        Assert.Equal(CodeCheck.Wrong, await CheckAsync(Right));
        Assert.Equal(CodeCheck.Verified, await CheckAsync("hash-of-a-newer-code"));
    }

    [Fact]
    public async Task A_number_gets_a_few_requests_per_window()
    {
        var results = new List<CodeRequestResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await Store.RequestAsync(Number, "h" + i, _clock.GetUtcNow(), Limits, CancellationToken.None));
            _clock.Advance(TimeSpan.FromMinutes(2));
        }

        _clock.Advance(TimeSpan.FromMinutes(52));
        var nextWindow = await Store.RequestAsync(Number, "h5", _clock.GetUtcNow(), Limits, CancellationToken.None);

        Assert.Equal([CodeRequestStatus.Issued, CodeRequestStatus.Issued, CodeRequestStatus.Issued, CodeRequestStatus.TooManyForNumber],
            results.Select(r => r.Status));
        Assert.Equal(TimeSpan.FromMinutes(54), results[3].RetryAfter);
        Assert.Equal(CodeRequestStatus.Issued, nextWindow.Status);
    }

    [Fact]
    public async Task A_decoy_request_counts_like_a_real_one_and_keeps_the_pending_code()
    {
        await RequestAsync(Right);
        _clock.Advance(TimeSpan.FromSeconds(10));
        var throttledDecoy = await Store.RequestAsync(Number, null, _clock.GetUtcNow(), Limits, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(60));
        var decoy = await Store.RequestAsync(Number, null, _clock.GetUtcNow(), Limits, CancellationToken.None);

        Assert.Equal(CodeRequestStatus.ResendTooSoon, throttledDecoy.Status);
        Assert.Equal(CodeRequestStatus.Issued, decoy.Status);
        Assert.Equal(CodeCheck.Verified, await CheckAsync(Right));
    }

    [Fact]
    public async Task A_number_with_only_decoys_has_no_code_to_guess()
    {
        await Store.RequestAsync(Number, null, _clock.GetUtcNow(), Limits, CancellationToken.None);

        Assert.Equal(CodeCheck.NoCode, await CheckAsync(Right));
        Assert.Equal(CodeCheck.NoCode, await CheckAsync(string.Empty));
    }

    private Task<CodeRequestResult> RequestAsync(string hash) => Store.RequestAsync(Number, hash, _clock.GetUtcNow(), Limits, CancellationToken.None);

    private Task<CodeCheck> CheckAsync(string hash) => Store.CheckAsync(Number, hash, _clock.GetUtcNow(), Limits.MaxWrongCodes, CancellationToken.None);
}
