using System.Text;
using EngageBot.Core.Protocol;
using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>
/// A stored row's JSON (a transcript row, a parked reply): the UTF-8 bytes <see cref="ActivityWriter"/> wrote, or a
/// string. SQLite is given the bytes as they are and its statement casts them to TEXT (the same row as the string
/// gave), so a reply is neither decoded into a UTF-16 string nor encoded back to UTF-8 to be bound; one value serves
/// every row the reply is written to.
/// </summary>
public sealed class StoredJson : IEquatable<StoredJson>
{
    private readonly byte[]? _utf8;
    private string? _text;

    private StoredJson(byte[]? utf8, string? text)
    {
        _utf8 = utf8;
        _text = text;
    }

    /// <summary>The activity as stored rows hold it (<see cref="ActivityWriter.SerializeForStorage"/>'s JSON).</summary>
    public static StoredJson Of(Activity activity) => new(ActivityWriter.SerializeForStorageToUtf8Bytes(activity), null);

    public static implicit operator StoredJson(string text) => new(null, text);

    /// <summary>
    /// The parameter value for a statement that writes it as <c>CAST(@p AS TEXT)</c>: SQLite's bytes (a BLOB the cast
    /// turns into the same TEXT), PostgreSQL's string.
    /// </summary>
    public object Parameter(StorageProvider provider) =>
        provider == StorageProvider.Sqlite && _utf8 is not null ? _utf8 : ToString();

    public override string ToString() => _text ??= Encoding.UTF8.GetString(_utf8!);

    public bool Equals(StoredJson? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as StoredJson);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
