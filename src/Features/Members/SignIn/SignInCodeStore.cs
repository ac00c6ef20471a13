using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Pending sign-in codes (hashed) and the per-number throttles, in SQL both providers accept. Every decision is one
/// conditional statement, so concurrent requests or guesses cannot slip past a limit between a read and a write.
/// </summary>
public sealed class SignInCodeStore(IDatabase database)
{
    // Rows nobody touched for a day are gone: nothing in them matters after the longest window.
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    /// <summary>
    /// Records a request for <paramref name="memberNumber"/> (upper-case). With a <paramref name="codeHash"/> the new
    /// code replaces any pending one; without (a decoy for an unknown number or wrong name) a pending code is kept.
    /// </summary>
    public Task<CodeRequestResult> RequestAsync(
        string memberNumber, string? codeHash, DateTimeOffset now, SignInLimits limits, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var at = now.ToUnixTimeMilliseconds();
            await using (var sweep = connection.Command("DELETE FROM member_sign_in_codes WHERE touched_at < @cutoff", transaction)
                .With("@cutoff", at - (long)Retention.TotalMilliseconds))
            {
                await sweep.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var insert = connection.Command(
                """
                INSERT INTO member_sign_in_codes (member_number, code_hash, expires_at, failed_attempts, last_sent_at, window_start, window_count, touched_at)
                VALUES (@n, @h, @expires, 0, @now, @now, 1, @now) ON CONFLICT (member_number) DO NOTHING
                """, transaction).With("@n", memberNumber).With("@h", codeHash).With("@expires", Expiry(codeHash, at, limits)).With("@now", at))
            {
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    return new CodeRequestResult(CodeRequestStatus.Issued, TimeSpan.Zero);
                }
            }

            var code = codeHash is null ? string.Empty : "code_hash = @h, expires_at = @expires, failed_attempts = 0,";
            await using (var update = connection.Command(
                $"""
                UPDATE member_sign_in_codes SET {code}
                    window_count = CASE WHEN window_start <= @windowFrom THEN 1 ELSE window_count + 1 END,
                    window_start = CASE WHEN window_start <= @windowFrom THEN @now ELSE window_start END,
                    last_sent_at = @now, touched_at = @now
                WHERE member_number = @n AND last_sent_at <= @resendFrom AND (window_start <= @windowFrom OR window_count < @max)
                """, transaction)
                .With("@n", memberNumber).With("@now", at)
                .With("@windowFrom", at - (long)limits.NumberWindow.TotalMilliseconds)
                .With("@resendFrom", at - (long)limits.ResendInterval.TotalMilliseconds).With("@max", limits.RequestsPerNumber))
            {
                if (codeHash is not null)
                {
                    update.With("@h", codeHash).With("@expires", Expiry(codeHash, at, limits));
                }

                if (await update.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    return new CodeRequestResult(CodeRequestStatus.Issued, TimeSpan.Zero);
                }
            }

            return await RefusalAsync(connection, transaction, memberNumber, at, limits, cancellationToken);
        }, cancellationToken);

    /// <summary>Compares a typed code's hash with the pending one; a right code is used up, a wrong one counted.</summary>
    public Task<CodeCheck> CheckAsync(string memberNumber, string codeHash, DateTimeOffset now, int maxWrongCodes, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var at = now.ToUnixTimeMilliseconds();
            await using (var consume = connection.Command(
                """
                UPDATE member_sign_in_codes SET code_hash = NULL, failed_attempts = 0, touched_at = @now
                WHERE member_number = @n AND code_hash = @h AND expires_at > @now
                """, transaction).With("@n", memberNumber).With("@h", codeHash).With("@now", at))
            {
                if (await consume.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    return CodeCheck.Verified;
                }
            }

            await using var count = connection.Command(
                """
                UPDATE member_sign_in_codes SET failed_attempts = failed_attempts + 1, touched_at = @now,
                    code_hash = CASE WHEN failed_attempts + 1 >= @max THEN NULL ELSE code_hash END
                WHERE member_number = @n AND code_hash IS NOT NULL AND expires_at > @now
                """, transaction).With("@n", memberNumber).With("@now", at).With("@max", maxWrongCodes);
            return await count.ExecuteNonQueryAsync(cancellationToken) == 1 ? CodeCheck.Wrong : CodeCheck.NoCode;
        }, cancellationToken);

    private static long Expiry(string? codeHash, long at, SignInLimits limits) =>
        codeHash is null ? 0 : at + (long)limits.CodeLifetime.TotalMilliseconds;

    private static async Task<CodeRequestResult> RefusalAsync(
        DbConnection connection, DbTransaction transaction, string memberNumber, long at, SignInLimits limits, CancellationToken cancellationToken)
    {
        await using var select = connection.Command(
            "SELECT last_sent_at, window_start FROM member_sign_in_codes WHERE member_number = @n", transaction).With("@n", memberNumber);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var resendAt = reader.GetInt64(0) + (long)limits.ResendInterval.TotalMilliseconds;
        return resendAt > at
            ? new CodeRequestResult(CodeRequestStatus.ResendTooSoon, TimeSpan.FromMilliseconds(resendAt - at))
            : new CodeRequestResult(CodeRequestStatus.TooManyForNumber,
                TimeSpan.FromMilliseconds(reader.GetInt64(1) + (long)limits.NumberWindow.TotalMilliseconds - at));
    }
}
