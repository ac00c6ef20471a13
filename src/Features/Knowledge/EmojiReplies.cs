using System.Buffers;
using System.Globalization;
using System.Text;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// A message of nothing but emoji: normalising drops them, so a "👍" or "🙏" would otherwise read as nothing at all.
/// In Chinese chat a thumbs-up, folded hands, an OK hand, a handshake, a flower or a smile closes an exchange like
/// "好的谢谢", and is answered like one.
/// </summary>
public static class EmojiReplies
{
    private static readonly HashSet<string> Thanking = new(StringComparer.Ordinal)
    {
        "👍", "🙏", "👌", "🤝", "👏", "💪", "✌", "❤", "♥", "💕", "💖", "🌹", "💐", "🌷", "😊", "☺", "🙂", "😄", "😁", "😃", "😀", "🥰", "😘", "🤗", "😆", "👋",
    };

    /// <summary>True when <paramref name="raw"/> holds at least one thanking emoji and nothing else but spaces and other emoji.</summary>
    public static bool Thanks(string raw)
    {
        var found = false;
        var elements = StringInfo.GetTextElementEnumerator(raw);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var bare = Bare(element);
            if (bare.Length == 0)
            {
                continue;
            }

            if (Thanking.Contains(bare))
            {
                found = true;
            }
            else if (!IsEmoji(bare))
            {
                return false;
            }
        }

        return found;
    }

    /// <summary>The element without spaces, the emoji variation selector and skin-tone modifiers (👍🏻 is 👍).</summary>
    private static string Bare(string element)
    {
        var text = element.Trim().Replace("\uFE0F", string.Empty, StringComparison.Ordinal);
        for (var tone = 0x1F3FB; tone <= 0x1F3FF; tone++)
        {
            text = text.Replace(char.ConvertFromUtf32(tone), string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    private static bool IsEmoji(string element) =>
        Rune.DecodeFromUtf16(element, out var rune, out _) == OperationStatus.Done
        && rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF;
}
