using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Eval;

/// <summary>
/// tests/Eval/probes-chat.tsv: commands as members type them in a chat (算了, 好滴谢谢, 找个真人, 行了不聊了, nvm, ok thx,
/// dialect and voice run-ons), questions that look like commands (no-act) and chat that is no command (none), written in
/// session 20 from the label list before the recognizer read them. Split once by alternate lines: the even-indexed
/// half is tuned on, the odd-indexed half is read only as its summary line. First reading (main 829b279): 78.5 % (tuned 84.0 %, held 73.0 %), no-act 95 %.
/// </summary>
public sealed class ChatProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Chat_probes_report()
    {
        var report = SplitProbes.Report("probes-chat.tsv", output);
        Assert.Equal(274, report.Outcomes.Count);
    }
}
