using EngageBot.Features.Tests.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Eval;

/// <summary>
/// tests/Eval/probes-commands.tsv: commands in a member's own words and questions about each action (no-act), written
/// in session 19 from the label list before the recognizer read them. Split once by alternate lines: the even-indexed
/// half is tuned on (its report and misses are written), the odd-indexed half is read only as its summary at the end
/// (a report of its own, never its misses). A reporting test: no floor yet, the first reading is in the README.
/// </summary>
public sealed class CommandProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Command_probes_report()
    {
        var report = EvalReport.Score("probes-commands.tsv", Recognizers.Shipped());
        var tuned = report.Alternate(held: false);
        var held = report.Alternate(held: true);
        var text = report.Print(0).Split('\n')[0] + "\n" + held.Print(0).Split('\n')[0] + "\n" + tuned.Print();
        output.WriteLine(text);
        var folder = Path.Combine(AppContext.BaseDirectory, "Eval");
        File.WriteAllText(Path.Combine(folder, "probes-commands.report.txt"), text);
        File.WriteAllText(Path.Combine(folder, "probes-commands.misses.txt"), tuned.PrintMisses());
        File.WriteAllText(Path.Combine(folder, "probes-commands.held.report.txt"), held.Print(0).Split('\n')[0]);
        Assert.Equal(312, report.Outcomes.Count);
    }
}
