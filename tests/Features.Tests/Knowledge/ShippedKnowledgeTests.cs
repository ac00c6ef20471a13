using System.Text.RegularExpressions;
using EngageBot.Bot;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Tests.Knowledge;

/// <summary>The knowledge shipped with the service is complete, bilingual and careful.</summary>
public sealed partial class ShippedKnowledgeTests
{
    private static readonly IReadOnlyList<KnowledgeEntry> Entries = KnowledgeLoader.LoadShipped();

    [Theory]
    [InlineData("mutual-aid")]
    [InlineData("mutual-aid-join")]
    [InlineData("mutual-aid-claim")]
    [InlineData("member-card")]
    [InlineData("member-card-apply")]
    [InlineData("member-card-lost")]
    [InlineData("hardship")]
    [InlineData("warmth")]
    [InlineData("nursing-room")]
    [InlineData("legal-aid")]
    [InlineData("wage-arrears")]
    [InlineData("arbitration")]
    [InlineData("hotline-12351")]
    [InlineData("workers-home")]
    [InlineData("outdoor-station")]
    [InlineData("cancer-screening")]
    [InlineData("health-checkup")]
    [InlineData("counselling")]
    [InlineData("singles")]
    [InlineData("skills-training")]
    [InlineData("career-boost")]
    [InlineData("labour-competition")]
    [InlineData("innovation-competition")]
    [InlineData("join-union")]
    [InlineData("activities")]
    [InlineData("club-chess")]
    [InlineData("club-yoga")]
    [InlineData("club-calligraphy")]
    [InlineData("club-photography")]
    [InlineData("club-taichi")]
    [InlineData("club-tennis")]
    [InlineData("club-dance")]
    [InlineData("club-crafts")]
    public void Every_required_topic_is_there(string id) => Assert.Contains(Entries, e => e.Id == id);

    [Fact]
    public void The_shipped_content_is_valid_in_both_languages()
    {
        Assert.Empty(KnowledgeValidator.Problems(Entries));
        Assert.All(Entries, e => Assert.True(e.Synonyms.Zh.Count > 0 && e.Synonyms.En.Count > 0, $"{e.Id} needs synonyms in both languages"));
        Assert.All(Entries.Where(e => e.Kind == KnowledgeKind.Club), e => Assert.NotNull(e.Club));
    }

    [Fact]
    public void No_answer_invents_a_phone_number_other_than_12351()
    {
        foreach (var entry in Entries)
        {
            foreach (Match number in LongNumber().Matches(entry.Answer.Zh + " " + entry.Answer.En))
            {
                Assert.True(number.Value == "12351", $"{entry.Id} mentions the number {number.Value}");
            }
        }
    }

    [Fact]
    public void English_answers_contain_no_Chinese_and_Chinese_answers_are_Chinese()
    {
        Assert.All(Entries, e => Assert.DoesNotMatch(Han(), e.Answer.En.Replace("户外劳动者服务站", string.Empty, StringComparison.Ordinal)));
        Assert.All(Entries, e => Assert.Matches(Han(), e.Answer.Zh));
    }

    [GeneratedRegex(@"\d{5,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
