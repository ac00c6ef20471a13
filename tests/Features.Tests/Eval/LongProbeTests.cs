using EngageBot.Features.Tests.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Eval;

/// <summary>
/// tests/Eval/probes-long.tsv: long stories, two questions in a line and short commands, written in session 18 from the
/// label list before the recognizer read them. Split once by alternate lines: the even-indexed half is tuned on (its
/// report and misses are written), the odd-indexed half is the check, read at the end of the work (its report only,
/// in a file of its own, never its misses). Reporting only: no floor yet.
/// </summary>
public sealed class LongProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Long_probes_report()
    {
        var report = EvalReport.Score("probes-long.tsv", Recognizers.Shipped());
        var tune = report.Alternate(odd: false);
        output.WriteLine(tune.Print());
        var folder = Path.Combine(AppContext.BaseDirectory, "Eval");
        File.WriteAllText(Path.Combine(folder, "probes-long.tune.report.txt"), tune.Print());
        File.WriteAllText(Path.Combine(folder, "probes-long.tune.misses.txt"), tune.PrintMisses());
        File.WriteAllText(Path.Combine(folder, "probes-long.check.report.txt"), report.Alternate(odd: true).Print());
        Assert.Equal(199, report.Outcomes.Count);
    }
}
