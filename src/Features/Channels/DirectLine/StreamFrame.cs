namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// A frame queued for one socket; <see cref="Json"/> is its one activity when it may be merged with others,
/// <see cref="Seq"/> its watermark (0 outside the log). An empty frame is a keep-alive.
/// </summary>
internal readonly record struct StreamFrame(byte[] Frame, string? Json, long Seq)
{
    /// <summary>The most frames one send merges into one activity set.</summary>
    public const int MaxMerged = 64;

    /// <summary>What to send for a batch: keep-alives only when there is nothing else; live activities merged.</summary>
    public static IEnumerable<byte[]> Merge(List<StreamFrame> batch)
    {
        var data = batch.Where(o => o.Frame.Length > 0).ToList();
        if (data.Count == 0)
        {
            return batch.Count > 0 ? [batch[0].Frame] : [];
        }

        if (data.Count == 1 || data.Any(o => o.Json is null))
        {
            return data.Select(o => o.Frame);
        }

        var watermark = data.Max(o => o.Seq);
        return [ActivitySetWriter.Write([.. data.Select(o => new LoggedActivity(o.Seq, o.Json!))], watermark > 0 ? watermark : null)];
    }
}
