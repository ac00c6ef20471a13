using System.Xml;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// Reads and writes the small XML documents WeChat and WeCom exchange. Reading is safe: no DTD (a document that
/// declares one is refused), no external entities, no resolver, and a size limit.
/// </summary>
public static class CallbackXml
{
    /// <summary>Bodies above this are refused before they are parsed.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxBodyBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        OmitXmlDeclaration = true,
        Indent = false,
    };

    /// <summary>Parses <c>&lt;xml&gt;…&lt;/xml&gt;</c> into its elements; anything else is <see cref="CallbackRejection.Malformed"/>.</summary>
    public static CallbackFields Parse(string xml)
    {
        if (xml.Length > MaxBodyBytes)
        {
            throw new CallbackRejectedException(CallbackRejection.TooLarge);
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "xml")
            {
                throw new CallbackRejectedException(CallbackRejection.Malformed);
            }

            var fields = new CallbackFields(ReadElements(reader));
            while (reader.Read())
            {
                // Read to the end so that anything after </xml> (a second root, junk) is refused too.
            }

            return fields;
        }
        catch (XmlException ex)
        {
            throw new CallbackRejectedException(CallbackRejection.Malformed, ex);
        }
    }

    /// <summary>Writes <c>&lt;xml&gt;</c> with the given elements in order; text values in CDATA, numbers bare.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, object>> elements)
    {
        var text = new StringWriter();
        using (var writer = XmlWriter.Create(text, WriterSettings))
        {
            writer.WriteStartElement("xml");
            WriteElements(writer, elements);
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WriteElements(XmlWriter writer, IEnumerable<KeyValuePair<string, object>> elements)
    {
        foreach (var (name, value) in elements)
        {
            writer.WriteStartElement(name);
            switch (value)
            {
                case long or int:
                    writer.WriteString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case IEnumerable<KeyValuePair<string, object>> nested:
                    WriteElements(writer, nested);
                    break;
                default:
                    // XmlWriter splits a "]]>" inside the text across two CDATA sections itself.
                    writer.WriteCData(value.ToString() ?? string.Empty);
                    break;
            }

            writer.WriteEndElement();
        }
    }

    private static Dictionary<string, string> ReadElements(XmlReader reader)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new Stack<string>();
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.IsEmptyElement:
                    values.TryAdd(Join(path, reader.LocalName), string.Empty);
                    break;
                case XmlNodeType.Element:
                    path.Push(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    var key = string.Join('/', path.Reverse());
                    values[key] = values.TryGetValue(key, out var before) ? before + reader.Value : reader.Value;
                    break;
                case XmlNodeType.EndElement:
                    values.TryAdd(string.Join('/', path.Reverse()), string.Empty);
                    path.Pop();
                    break;
            }
        }

        return values;
    }

    private static string Join(Stack<string> path, string name) =>
        path.Count == 0 ? name : string.Join('/', path.Reverse()) + "/" + name;
}
