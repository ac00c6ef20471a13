using EngageBot.Features.Knowledge;
using EngageBot.Features.Tests.Knowledge;

namespace EngageBot.Features.Tests.Knowledge.Kinds;

/// <summary>
/// Session 30 (en40): members who write English the way a foreign colleague or a worker practising it types on a phone.
/// Sentences written for this test, not taken from an eval file.
/// </summary>
public sealed class ThirtiethSessionKindsEnglishTests
{
    private static readonly IntentRecognizer Recognizer = Recognizers.Shipped();

    /// <summary>
    /// A typing slip in one of the knowledge base's English words (a key hit twice, a letter left out or swapped, a
    /// vowel for a vowel) is read as the word: the topic answers as it does to the word spelt right.
    /// </summary>
    [Theory]
    [InlineData("does the union run a yogga group", "club:club-yoga")]
    [InlineData("where can i find a nursng room in my building", "faq:nursing-room")]
    [InlineData("any wrokers home with books in our district", "faq:workers-home")]
    [InlineData("can i get a free lawyr through the union", "faq:legal-aid")]
    [InlineData("lost my memebr card on the bus", "faq:member-card-lost")]
    [InlineData("cancle my booking for the calligraphy class pls", "intent:cancelsignup")]
    public void A_slip_in_an_english_word_reads_as_the_word(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    /// <summary>
    /// A real English word one letter from a union word is the member's own word, not a slip: a question about it
    /// still falls back (employee is not employer, taking is not talking, a massage is not a message).
    /// </summary>
    [Theory]
    [InlineData("where can i get a cheap massage near sanlitun")]
    [InlineData("wealth management tips for a beginner")]
    [InlineData("my yoga pants ripped, can i send them back to the shop")]
    [InlineData("is there a layer of ice on the lake this week")]
    public void A_real_word_near_a_union_word_still_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("employee", "employee")]
    [InlineData("taking", "taking")]
    [InlineData("mediation", "mediation")]
    [InlineData("insurence", "insurance")]
    [InlineData("memebr", "member")]
    [InlineData("nursng", "nursing")]
    [InlineData("yogga", "yoga")]
    public void Only_a_slip_is_written_as_the_word(string word, string read) =>
        Assert.Equal(read, KnowledgeBase.FromShippedContent().Current.Index.EnglishCorrector.Correct(word));
}
