using EngageBot.Features.Tests.Knowledge;
using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Eval;

/// <summary>
/// A probe file split once by alternate lines (even-indexed lines tuned on, odd-indexed held): the whole file and the
/// held half are written as summary lines only, the tuned half in full with its misses, so the held half's lines are
/// never shown to whoever tunes on the rest.
/// </summary>
internal static class SplitProbes
{
    public static EvalReport Report(string file, ITestOutputHelper output)
    {
        var report = EvalReport.Score(file, Recognizers.Shipped());
        var tuned = report.Alternate(held: false);
        var held = report.Alternate(held: true);
        var text = report.Print(0).Split('\n')[0] + "\n" + held.Print(0).Split('\n')[0] + "\n" + tuned.Print();
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".report.txt")), text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".misses.txt")), tuned.PrintMisses());
        return report;
    }
}
