using System.Globalization;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// The elements of a callback's <c>&lt;xml&gt;</c> document by name (ToUserName, MsgType, Content, Event, …).
/// Nested elements are kept by their path, e.g. <c>ScanCodeInfo/ScanResult</c>.
/// </summary>
public sealed class CallbackFields(IReadOnlyDictionary<string, string> values)
{
    public string? this[string name] => values.GetValueOrDefault(name);

    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>The value of a required element; a missing or empty one refuses the callback.</summary>
    public string Required(string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new CallbackRejectedException(CallbackRejection.Missing);

    /// <summary>A numeric element (CreateTime, AgentID), or null when missing or not a number.</summary>
    public long? Number(string name) =>
        long.TryParse(this[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
