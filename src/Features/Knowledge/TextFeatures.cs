using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Turns normalized text into weighted features: Chinese runs give character 1-, 2- and 3-grams and, from
/// <see cref="ChineseSegmenter"/>, their words and the words' meaning classes (<see cref="MeaningClasses"/>); Latin words give the (lightly stemmed) word and its character
/// trigrams, so typos still share most features with the right word.
/// </summary>
public static class TextFeatures
{
    private const float HanUnigram = 0.4f;
    private const float HanNgram = 1f;
    private const float HanSkipBigram = 0.5f;
    private const float Word = 1f;
    private const float WordTrigram = 0.35f;
    private const float HanWord = 1f;
    private const float MeaningClass = 0.5f;

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "is", "are", "am", "be", "do", "does", "did", "i", "me", "my", "you", "your", "we",
        "our", "it", "its", "of", "for", "in", "on", "at", "there", "any", "can", "could", "how", "what", "where",
        "when", "who", "which", "and", "or", "if", "with", "this", "that", "please", "pls", "s", "about", "get",
    };

    /// <summary>Question-frame characters: an n-gram made only of these ("什么时候", "可以吗") says nothing about the topic.</summary>
    private static readonly HashSet<char> HanFrameChars =
    [
        '的', '了', '吗', '呢', '吧', '啊', '我', '你', '么', '是', '在', '有', '怎', '什', '哪', '能', '要', '个', '们', '请', '问', '下',
        '时', '候', '样', '可', '以', '没', '这', '那', '去', '到', '想', '会', '给', '把', '被', '多', '少', '还', '不', '里', '儿', '啥', '咋', '谁',
    ];

    private static readonly HashSet<char> HanStopChars =
    [
        '的', '了', '吗', '呢', '吧', '啊', '我', '你', '么', '是', '在', '有', '怎', '什', '哪', '能', '要', '个', '们', '请', '问', '下',
    ];

    /// <summary>Adds the features of <paramref name="normalized"/> (see <see cref="TextNormalizer"/>) to <paramref name="into"/>.</summary>
    public static void Extract(string normalized, Dictionary<string, float> into)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (TextNormalizer.IsHan(c))
            {
                var start = i;
                while (i < normalized.Length && TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                AddHanRun(normalized.AsSpan(start, i - start), into);
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < normalized.Length && char.IsLetterOrDigit(normalized[i]) && !TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                AddWord(normalized[start..i], into);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The features of <paramref name="normalized"/> with its Chinese words already cut.</summary>
    public static Dictionary<string, float> Extract(string normalized, IReadOnlyList<string> words)
    {
        var features = new Dictionary<string, float>(StringComparer.Ordinal);
        Extract(normalized, features);
        foreach (var word in words)
        {
            // One-character words are the unigrams already; words of frame characters only say nothing of the topic.
            if (word.Length > 1 && TextNormalizer.IsHan(word[0]) && !IsFrame(word))
            {
                Add(features, "j:" + word, HanWord);
                foreach (var meaning in MeaningClasses.Of(word))
                {
                    Add(features, meaning, MeaningClass); // 薪水 meets 工资 through their word group (MeaningClasses)
                }
            }
        }

        return features;
    }

    private static void AddHanRun(ReadOnlySpan<char> run, Dictionary<string, float> into)
    {
        for (var n = 1; n <= 3; n++)
        {
            for (var start = 0; start + n <= run.Length; start++)
            {
                var gram = run.Slice(start, n);
                if ((n == 1 && HanStopChars.Contains(gram[0])) || (n > 1 && IsFrame(gram)))
                {
                    continue;
                }

                Add(into, gram.ToString(), n == 1 ? HanUnigram : HanNgram);
            }
        }

        // Skip-bigrams let a filler character through: 充个电 ~ 充电, 喝口水 ~ 喝水, 学门技术 ~ 学技术.
        for (var start = 0; start + 3 <= run.Length; start++)
        {
            Add(into, string.Concat(run.Slice(start, 1), run.Slice(start + 2, 1)), HanSkipBigram);
        }
    }

    /// <summary>An English word too common to name anything ("the", "how", "get").</summary>
    internal static bool IsStopWord(string word) => EnglishStopWords.Contains(word);

    /// <summary>A character of a question's frame (的, 吗, 有, 没, 啥…), not of what it is about.</summary>
    internal static bool IsFrameChar(char c) => HanFrameChars.Contains(c);

    internal static bool IsFrame(ReadOnlySpan<char> gram)
    {
        foreach (var c in gram)
        {
            if (!HanFrameChars.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddWord(string word, Dictionary<string, float> into)
    {
        if (EnglishStopWords.Contains(word))
        {
            return;
        }

        var stem = Stem(word);
        Add(into, "w:" + stem, Word);
        var padded = " " + stem + " ";
        for (var start = 0; start + 3 <= padded.Length; start++)
        {
            Add(into, string.Concat("t:", padded.AsSpan(start, 3)), WordTrigram);
        }
    }

    /// <summary>A very small English stemmer: enough to let "claims"/"claim" and "charging"/"charge" meet.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (word.Length > 4 && word.EndsWith('e'))
        {
            return word[..^1];
        }

        return word;
    }

    private static void Add(Dictionary<string, float> into, string feature, float weight) =>
        into[feature] = into.GetValueOrDefault(feature) + weight;
}
