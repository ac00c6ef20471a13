using EngageBot.Features.Tests.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Eval;

/// <summary>
/// tests/Eval/out-of-scope-2.tsv and -3.tsv: out-of-scope questions in the shapes the held-out half's misses were guessed to
/// take (English about unknown subjects, long stories asking at the end, work words around another subject, two
/// out-of-scope questions, mixed language), written before the recognizer read them. Tuning data: its bar is a floor
/// against a collapse, not a target. Writes Eval/out-of-scope-*.report.txt and their misses.
/// </summary>
public sealed class OutOfScopeProbeTests(ITestOutputHelper output)
{
    /// <summary>out-of-scope-2.tsv was tuned on (84.7 % on main, 95.1 % after); out-of-scope-3.tsv was written after those fixes as their check (83.3 % then, 86.7 % after the English rule).</summary>
    [Theory]
    [InlineData("out-of-scope-2.tsv", 0.92)]
    [InlineData("out-of-scope-3.tsv", 0.80)]
    public void Out_of_scope_probes_fall_back(string file, double floor)
    {
        var report = EvalReport.Score(file, Recognizers.Shipped());
        output.WriteLine(report.Print());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".report.txt")), report.Print());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".misses.txt")), report.PrintMisses());
        Assert.True(report.Fallback >= floor, $"{file}: honest fallback {report.Fallback:P1}, under {floor:P0}");
    }

    /// <summary>
    /// out-of-scope-4.tsv (session 18): written from the label list and the Eval README only, before the recognizer was
    /// read, as the check of that session's fixes. Reports only (no floor yet): its misses are read once, at the end.
    /// </summary>
    [Fact]
    public void Out_of_scope_check_set_is_reported()
    {
        const string file = "out-of-scope-4.tsv";
        var report = EvalReport.Score(file, Recognizers.Shipped());
        output.WriteLine(report.Print());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".report.txt")), report.Print());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".misses.txt")), report.PrintMisses());
        Assert.NotEmpty(report.Outcomes);
    }
}
