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

    /// <summary>
    /// An out-of-scope subject named as the union's own (union medical insurance, 工会的医疗保险, the union gym) is the
    /// union's service; the same subject of a credit union or another owner still falls back. The union's cover named by
    /// the illness it covers ("critical illness") is the mutual aid; a critical-illness policy of an insurer is the insurer's.
    /// </summary>
    [Theory]
    [InlineData("what does the union's medical insurance pay for", "faq:mutual-aid")]
    [InlineData("is union medical insurance worth having", "faq:mutual-aid")]
    [InlineData("does the union gym have showers", "faq:workers-home")]
    [InlineData("critical illness?", "faq:mutual-aid")]
    public void The_unions_own_thing_is_the_unions(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("does my credit union sell medical insurance")]
    [InlineData("what's the price of critical illness insurance at ping an")]
    [InlineData("my critical illness policy from aia, how do i claim")]
    [InlineData("union station train tickets")]
    public void Another_owners_thing_still_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);

    /// <summary>
    /// An apostrophe typed as a space or dropped ("what s", "what's", "whats") reads the same, so the content's "what s in
    /// it for me" meets the member's "what's in it for me"; how signing up for activities works is the sign-up answer,
    /// not the list of activities; a contest named by its kind (an invention contest) is the innovation contest.
    /// </summary>
    [Theory]
    [InlineData("i'm a member now, what's in it for me", "faq:benefits")]
    [InlineData("what s in it for me as a union member", "faq:benefits")]
    [InlineData("where can i register for activities", "faq:signup-howto")]
    [InlineData("invention contest for workers, how to enter", "faq:innovation-competition")]
    public void Said_the_members_way_it_reads_as_the_content(string text, string label) => Assert.Equal(label, Recognizer.Recognize(text).Label);

    [Theory]
    [InlineData("how to sign up for a marathon")]
    public void Someone_elses_sign_up_still_falls_back(string text) => Assert.Equal("none", Recognizer.Recognize(text).Label);
}
