using System.Text;
using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing.Cards;
using static LeadershipCoachBot.Conversation.Tests.FollowThrough.FollowThroughClient;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

public class FollowThroughRoutingTests
{
    /// <summary>Teams refuses a card over 28 KB.</summary>
    private const int MaxCardBytes = 28 * 1024;

    [Theory]
    [InlineData(FollowThroughActions.OneOnOnePrep, OneOnOnePrepDialog.RoleQuestion)]
    [InlineData(FollowThroughActions.Recovery, RecoveryKitDialog.IncidentQuestion)]
    [InlineData(FollowThroughActions.Lessons, "Nothing in your record yet.")]
    [InlineData(FollowThroughActions.HowDidItGo, OneOnOneDebriefDialog.LandingQuestion)]
    [InlineData(FollowThroughActions.AddLesson, "Record a lesson we paid for")]
    public async Task CardButton_StartsItsFlow(string action, string expected)
    {
        var coach = new CoachBotHarness(new MemoryStorage());

        var replies = SaysAll(await coach.PressAsync(new Dictionary<string, string> { [CardActions.Field] = action }));

        Assert.Contains(expected, replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1:1 prep", OneOnOnePrepDialog.RoleQuestion)]
    [InlineData("Prepare a 1:1", OneOnOnePrepDialog.RoleQuestion)]
    [InlineData("one-on-one", OneOnOnePrepDialog.RoleQuestion)]
    [InlineData("How did it go?", OneOnOneDebriefDialog.LandingQuestion)]
    [InlineData("Recovery kit", RecoveryKitDialog.IncidentQuestion)]
    [InlineData("Retro", RecoveryKitDialog.IncidentQuestion)]
    [InlineData("Hard conversation", HardConversationDialog.KindQuestion)]
    [InlineData("no coming back", HardConversationDialog.WhatHappenedQuestion)]
    [InlineData("Export lessons", "There are no lessons to export yet.")]
    [InlineData("forget my lessons", LessonsDialog.NothingToForget)]
    public async Task TypedCommand_StartsItsFlow(string said, string expected)
    {
        var coach = new CoachBotHarness(new MemoryStorage());

        Assert.Contains(expected, SaysAll(await coach.SayAsync(said)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeCard_OffersTheNewFlows()
    {
        var coach = new CoachBotHarness(new MemoryStorage());

        var welcome = SaysAll(await coach.SayAsync("help"));

        Assert.Contains("Prepare a 1:1", welcome, StringComparison.Ordinal);
        Assert.Contains("Recovery kit", welcome, StringComparison.Ordinal);
        Assert.Contains("**lessons**", welcome, StringComparison.Ordinal);
    }

    [Fact]
    public void LargestCards_StayUnderTeamsLimit()
    {
        var today = new DateOnly(2026, 12, 3);
        var longest = new string('w', LessonBook.MaxLength);
        var lessons = Enumerable.Range(0, LessonBook.MaxLessons)
            .Select(i => new Lesson(longest, LessonKind.Surprise, new string('i', 300), today, "me")).ToList();
        var incident = new IncidentReport(new string('s', 300), CustomerImpact.MostOrAll, Exposure.Yes, Exposure.Yes, Spread.Cascading);
        var kit = RecoveryKitBuilder.Build(incident);
        var worried = OneOnOnePrep.Prepare(new OneOnOneRequest(PersonRole.WorriedAboutTheirJob, new string('h', 600), new string('f', 600)), today);
        var hard = HardConversationPlanner.Plan(new HardConversationRequest(HardConversationKind.ExploitedSecurityFix, new string('x', 300), new string('y', 300)));
        Attachment[] cards =
        [
            LessonsCard.Create(lessons, isTeam: true),
            AllHandsCard.Create(kit),
            SafeguardsCard.Create(kit.Safeguards, [Safeguards.Rollback]),
            RetroCard.Create(kit.Retro),
            OneOnOnePrepCard.Create(worried),
            HardConversationCard.Create(hard, "A deferred security fix was exploited", ToneReviewer.Review(hard.Draft, hard.DraftKind)),
            LessonCard.Create(new string('s', 300)),
        ];

        foreach (var card in cards)
        {
            AdaptiveCardRecorder.Record(card);
            Assert.InRange(Encoding.UTF8.GetByteCount(card.Content!.Value.GetRawText()), 1, MaxCardBytes);
        }

        var all = new Activity { Attachments = [AllHandsCard.Create(kit), SafeguardsCard.Create(kit.Safeguards, []), RetroCard.Create(kit.Retro)] };
        Assert.InRange(all.Attachments.Sum(a => Encoding.UTF8.GetByteCount(a.Content!.Value.GetRawText())), 1, MaxCardBytes);
    }
}
