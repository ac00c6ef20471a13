using System.Globalization;

namespace EngageBot.Bench;

/// <summary>
/// After the fixed warm-up, waits (up to <see cref="BenchOptions.SettleMax"/>) until the service's JIT is quiet: less
/// than <see cref="QuietJitSeconds"/> of compilation in the last 5 s. Tiering goes on well past a 30 s warm-up on a busy
/// machine (loaded runs at 30–50 s: 715–852 methods, 17–27 µs of JIT per turn; at 80–100 s: 147 methods, 0.9 µs), and
/// that JIT time fell into the measured CPU per turn by however far the start had got: a member's long-running service
/// has none of it.
/// </summary>
public static class JitSettle
{
    private const double QuietJitSeconds = 0.025; // 0.5 % of one core over 5 s
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    /// <returns>A line for the report: how long it waited and the JIT in its last step.</returns>
    public static async Task<string> WaitAsync(HttpClient http, ServiceCluster service, TimeSpan max)
    {
        if (max <= TimeSpan.Zero)
        {
            return "       warm-up: fixed (--settle 0)";
        }

        var waited = TimeSpan.Zero;
        var before = await JitAsync(http, service);
        while (true)
        {
            await Task.Delay(Step);
            waited += Step;
            var after = await JitAsync(http, service);
            var (methods, seconds) = (after.Methods - before.Methods, after.Seconds - before.Seconds);
            if (double.IsNaN(seconds) || seconds < QuietJitSeconds || waited >= max)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"       warm-up: {waited.TotalSeconds:F0} s more until the JIT was quiet{(waited >= max && seconds >= QuietJitSeconds ? " (gave up: --settle reached)" : string.Empty)}; last 5 s: {methods:F0} methods, {seconds * 1000:F0} ms of JIT");
            }

            before = after;
        }
    }

    private static async Task<(double Methods, double Seconds)> JitAsync(HttpClient http, ServiceCluster service)
    {
        var runtime = await service.RuntimeAsync(http);
        return (runtime.GetValueOrDefault("dotnet_jit_compiled_methods_total", double.NaN),
            runtime.GetValueOrDefault("dotnet_jit_compilation_time_seconds_total", double.NaN));
    }
}
