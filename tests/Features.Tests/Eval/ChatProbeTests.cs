using Xunit.Abstractions;

namespace EngageBot.Features.Tests.Eval;

/// <summary>
/// tests/Eval/probes-chat.tsv: commands as members type them in a chat (算了, 好滴谢谢, 找个真人, 行了不聊了, nvm, ok thx,
/// dialect and voice run-ons), questions that look like commands (no-act) and chat that is no command (none), written in
/// session 20 from the label list before the recognizer read them. Split once by alternate lines: the even-indexed
/// half is tuned on, the odd-indexed half is read only as its summary line. First reading (main 829b279): 78.5 % (tuned 84.0 %, held 73.0 %), no-act 95 %. After branch chat23: 85.8 % (tuned 95.6 %,
/// held 75.9 %); the 2 no-act lines acted on were in the held half. After the merge the coordinator read those two lines
/// (an action taken is the one failure the issue allows none of; the held half's no-act figure is spent): a V-not-V
/// question in a middle clause and a polite word after the verb it does not ask for; both kinds mended (ActionPhrases,
/// TwentiethSessionKindsTests), no-act 100 %, held 77.4 %. Floors: whole 84 %, held 74 %, no-act 100 %.
/// </summary>
public sealed class ChatProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Chat_probes_report()
    {
        var report = SplitProbes.Report("probes-chat.tsv", output);
        Assert.Equal(274, report.Outcomes.Count);
        Assert.True(report.Overall >= 0.84, $"probes-chat.tsv: {report.Overall:P1} right, under 84 %");
        Assert.True(report.Alternate(held: true).Overall >= 0.74, "probes-chat.tsv held half under 74 %");
        Assert.Equal(1.0, report.NoAct);
    }
}
