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
    /// <summary>
    /// out-of-scope-2.tsv was tuned on (84.7 % on main, 95.1 % after); out-of-scope-3.tsv was written after those fixes as
    /// their check (83.3 % then, 86.7 % after the English rule); out-of-scope-4.tsv (session 18, from the label list alone)
    /// was that session's check (82.1 → 84.8 %) and has been tuned on since (91.3 %). The floors guard against a collapse.
    /// </summary>
    [Theory]
    [InlineData("out-of-scope-2.tsv", 0.92)]
    [InlineData("out-of-scope-3.tsv", 0.80)]
    [InlineData("out-of-scope-4.tsv", 0.85)]
    public void Out_of_scope_probes_fall_back(string file, double floor)
    {
        var report = EvalReport.Score(file, Recognizers.Shipped());
        output.WriteLine(report.Print());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".report.txt")), report.Print());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Eval", Path.ChangeExtension(file, ".misses.txt")), report.PrintMisses());
        Assert.True(report.Fallback >= floor, $"{file}: honest fallback {report.Fallback:P1}, under {floor:P0}");
    }

    /// <summary>
    /// out-of-scope-5.tsv (session 19): written from the label list and the Eval README only, before the recognizer was
    /// read; mostly questions that brush union topics without being about them (the kinds that got asked back). Split by
    /// alternate lines: the even-indexed half is tuned on (report and misses), the odd-indexed half is read only at the
    /// end as its summary line. Main read 70.6 %, 85.3 % after the session (held half 72.7 → 79.5 %); the floor, on the
    /// whole file, guards against a collapse.
    /// </summary>
    [Fact]
    public void Out_of_scope_set_5_falls_back()
    {
        var report = SplitProbes.Report("out-of-scope-5.tsv", output);
        Assert.True(report.Fallback >= 0.8, $"out-of-scope-5.tsv: honest fallback {report.Fallback:P1}, under 80 %");
    }

    /// <summary>
    /// out-of-scope-6.tsv (session 20): written from the label list alone, before the recognizer was read; a union topic
    /// word in someone else's matter (银行卡, 驾校报名, 商业保险, 钉钉打卡, 房东, 社保局/公积金/个税/医保), other institutions,
    /// chit-chat, questions to the bot, long stories, a quarter in English. Split by alternate lines like set 5. Main read
    /// 81.3 % (held half 82.1 %); 86.6 % after the session (held half 84.3 %); the floor, on the whole file, sits under that.
    /// </summary>
    [Fact]
    public void Out_of_scope_set_6_falls_back()
    {
        var report = SplitProbes.Report("out-of-scope-6.tsv", output);
        Assert.True(report.Fallback >= 0.83, $"out-of-scope-6.tsv: honest fallback {report.Fallback:P1}, under 83 %");
    }

    /// <summary>
    /// out-of-scope-7.tsv (session 22): written from the label list alone, before the recognizer was read; 166 `none`
    /// lines where a union word sits in another institution's service (社保局, bank, phone company, the company's HR, a
    /// shop's card, a school, a doctor, other organisers' contests and courses) or in general knowledge and chat, next to
    /// 81 in-scope lines asking for the union's own card, training, contests and services. Split by alternate lines like
    /// set 5. First read (main a64d31e) 81.0 % right, topics 91.4 %, fallback 75.9 % (held half 79.3 %, 88.7 %, 74.7 %);
    /// after oos25's whose-service rules 83.0 %, fallback 78.9 % (held half 80.1 %, fallback 75.9 %). The floors, on the
    /// whole file, sit under the held half's figures.
    /// </summary>
    [Fact]
    public void Out_of_scope_set_7_falls_back()
    {
        var report = SplitProbes.Report("out-of-scope-7.tsv", output);
        Assert.True(report.Fallback >= 0.75, $"out-of-scope-7.tsv: honest fallback {report.Fallback:P1}, under 75 %");
        Assert.True(report.Overall >= 0.79, $"out-of-scope-7.tsv: {report.Overall:P1} right, under 79 %");
    }

    /// <summary>
    /// out-of-scope-8.tsv (session 23): written from the label list alone, before the recognizer was read; 148 `none`
    /// lines where a union word sits inside a longer word naming something else (瑜伽裤, 网球肘, 心理咨询师证, 驿站取件码) or
    /// in another organisation's own service (a hospital's checkup, a court's procedure, a gym's class, a school's
    /// enrolment), general how-to and consumer choices, next to 75 in-scope lines asking for the union's own service.
    /// Split by alternate lines like set 5. First read (main 48854bf) 76.2 % right, topics 93.3 %, fallback 67.6 % (held
    /// half 80.2 %, 94.6 %, 73.0 %); after oos26's tuned half in examples.tsv and its rules (a trade named after a topic
    /// asked as a career, choosing gear, a facility on a train) 84.8 %, fallback 80.4 % (held half 82.0 %, fallback
    /// 75.7 %). The floors, on the whole file, sit under the held half's figures.
    /// </summary>
    [Fact]
    public void Out_of_scope_set_8_falls_back()
    {
        var report = SplitProbes.Report("out-of-scope-8.tsv", output);
        Assert.True(report.Fallback >= 0.74, $"out-of-scope-8.tsv: honest fallback {report.Fallback:P1}, under 74 %");
        Assert.True(report.Overall >= 0.80, $"out-of-scope-8.tsv: {report.Overall:P1} right, under 80 %");
    }

    /// <summary>
    /// out-of-scope-9.tsv (session 24): written from the label list alone, before the recognizer was read; 140 `none`
    /// lines asking for someone else's service in a union's words (an employer's HR, a hospital, a bank, an insurer, a
    /// landlord, a school, a platform, 社保/公积金, a shop), a pastime's or a skill's technique, personal documents and
    /// plans, consumer choices and small talk, next to 75 in-scope lines asking for the union's own service for the same
    /// need. Split by alternate lines like set 5. First read (main c7adf88) 81.4 % right, topics 95.9 %, fallback 73.6 %
    /// (held half 83.2 %, 94.4 %, 77.1 %); its tuned half then went into examples.tsv (84.2 %, held half unchanged); after
    /// oos27's rules (a pastime's technique, the bot itself, a commercial insurer's policy) 91.2 %, fallback 88.6 % (held
    /// half 91.6 %, fallback 90.0 %). The floors, on the whole file, sit under the held half's figures.
    /// </summary>
    [Fact]
    public void Out_of_scope_set_9_falls_back()
    {
        var report = SplitProbes.Report("out-of-scope-9.tsv", output);
        Assert.True(report.Fallback >= 0.86, $"out-of-scope-9.tsv: honest fallback {report.Fallback:P1}, under 86 %");
        Assert.True(report.Overall >= 0.89, $"out-of-scope-9.tsv: {report.Overall:P1} right, under 89 %");
    }
}
