using System.Diagnostics;
using System.Globalization;
using EngageBot.Core.Time;
using EngageBot.Features.Knowledge;
using Microsoft.Extensions.Options;
using RecognizerBench;

// Recognition latency per utterance over the full shipped knowledge base, then whole-turn throughput
// (in-process ChannelAdapter, SQLite file, a 3-step dialog plus FAQ questions), Release build:
//   dotnet run -c Release --project bench/RecognizerBench [rounds] [conversations] [texts file, one utterance a line]
// conversations 0 skips the turn part; a texts file replaces the evaluation set (e.g. TurnBench's real mix).
// "json [rounds]" instead compares the transcript row's JSON: the serializer against ActivityWriter (TranscriptJson.cs).
if (args is ["json", ..])
{
    TranscriptJson.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000);
    return;
}

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var textsFile = args.Length > 2 ? args[2] : Path.Combine(AppContext.BaseDirectory, "eval-set.tsv");

var utterances = File.ReadAllLines(textsFile)
    .Where(l => l.Length > 0 && !l.StartsWith('#'))
    .Select(l => l.Split('\t')[0])
    .ToArray();

var build = Stopwatch.StartNew();
var knowledge = KnowledgeBase.FromShippedContent();
build.Stop();
var recognizer = new IntentRecognizer(knowledge, TimeProvider.System, Options.Create(new RecognizerOptions()), UnionTime.For(UnionTimeOptions.DefaultTimeZone));
Console.WriteLine($"Knowledge: {knowledge.Current.Entries.Count} entries, {knowledge.Current.Index.DocumentCount} indexed phrases, loaded and indexed in {build.Elapsed.TotalMilliseconds:F1} ms");

for (var i = 0; i < 20; i++)
{
    foreach (var u in utterances)
    {
        recognizer.Recognize(u);
    }
}

var samples = new double[rounds * utterances.Length];
var n = 0;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var cpuBefore = Environment.CpuUsage.TotalTime;
for (var r = 0; r < rounds; r++)
{
    foreach (var u in utterances)
    {
        var start = Stopwatch.GetTimestamp();
        recognizer.Recognize(u);
        samples[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}

var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)samples.Length;
// The process's CPU over the loop (the loop's thread, plus the GC's): less distorted by other jobs than wall time.
var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / samples.Length;
Array.Sort(samples);
Console.WriteLine($"Recognition, {utterances.Length} utterances x {rounds} rounds = {samples.Length} calls (microseconds):");
Console.WriteLine($"  mean {samples.Average():F1}  p50 {Percentile(samples, 0.50):F1}  p90 {Percentile(samples, 0.90):F1}  p99 {Percentile(samples, 0.99):F1}  max {samples[^1]:F1}");
// Allocations do not depend on how busy the machine is: the figure to compare between builds on a shared one.
Console.WriteLine($"  allocated {allocated / 1024:F2} KiB per call, process CPU {cpu:F1} µs per call");

// "per-text" as a fourth argument: each utterance's own mean CPU and allocation over the rounds, costliest first, to
// see whether one question of a set costs much more than the others.
if (args.Length > 3 && args[3] == "per-text")
{
    PerText(recognizer, utterances, rounds);
}

if (conversations > 0)
{
    await TurnThroughput.RunAsync(conversations);
}

static void PerText(IntentRecognizer recognizer, string[] utterances, int rounds)
{
    var rows = new List<(string Text, double Micros, double KiB)>();
    foreach (var u in utterances)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        for (var r = 0; r < rounds; r++)
        {
            recognizer.Recognize(u);
        }

        rows.Add((u, (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / rounds,
            (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / rounds));
    }

    Console.WriteLine($"Per utterance ({rounds} rounds each; process CPU, allocated), by allocation:");
    foreach (var (text, micros, kib) in rows.OrderByDescending(r => r.KiB))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {micros,8:F1} µs  {kib,7:F2} KiB  {text}"));
    }
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
