using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Routing;
using LeadershipCoachBot.Conversation.Tests.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Routing;

public sealed class PersonRoleCuesTests
{
    private readonly CoachBotHarness _harness = new();

    [Theory]
    [InlineData("prep a 1:1 with the engineer who ran the migration", PersonRole.RanTheChange)]
    [InlineData("1:1 with someone who warned me against it", PersonRole.WarnedAgainstIt)]
    [InlineData("help me talk to Mira who is worried about their job", PersonRole.WorriedAboutTheirJob)]
    [InlineData("need to sit w the dev who pushed the change", PersonRole.RanTheChange)]
    [InlineData("one on one with Ade, she pushed back hard on the rewrite", PersonRole.WarnedAgainstIt)]
    [InlineData("my senior eng is scared of getting fired, 1:1 tomorrow", PersonRole.WorriedAboutTheirJob)]
    [InlineData("1:1 with Lee who was on call all weekend", PersonRole.WasAffected)]
    [InlineData("talk to Kim, she decided with me to ship it", PersonRole.MadeTheCall)]
    [InlineData("1:1 with Tom, the one everyone listens to on the team", PersonRole.InformalLeader)]
    public void Read_ARequestNamingTheRole_GivesIt(string request, PersonRole role) =>
        Assert.Equal(role, PersonRoleCues.Read(request));

    [Theory]
    [InlineData("prep a 1:1")]
    [InlineData("I have a 1:1 with Sam tomorrow")]
    [InlineData("how do I talk to Priya about the incident")]
    [InlineData("1:1 with the engineer who ran the migration and warned me it was risky")]
    [InlineData("I ran the migration myself, now a 1:1 with Jo")]
    [InlineData(null)]
    public void Read_NoRoleOrMoreThanOne_IsLeftToTheQuestion(string? request) =>
        Assert.Null(PersonRoleCues.Read(request));

    [Fact]
    public async Task OneOnOneRequest_ThatNamesTheRole_SkipsTheRoleQuestion()
    {
        var sent = await _harness.SayAsync("prep a 1:1 with the engineer who ran the migration");

        Assert.Equal(OneOnOnePrepDialog.RoleFromRequest(PersonRole.RanTheChange), sent[0].Text);
        var question = CardText.Of(sent[1]);
        Assert.Contains(OneOnOnePrepDialog.WhatHappenedQuestion, question, StringComparison.Ordinal);
        Assert.DoesNotContain(OneOnOnePrepDialog.RoleQuestion, question, StringComparison.Ordinal);

        await _harness.SayAsync("skip");
        var plan = await _harness.SayAsync("skip");
        Assert.Contains("1:1 with the person who ran the change", string.Join("\n", plan.Select(CardText.Of)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prep a 1:1 with the engineer who ran the migration", PersonRole.RanTheChange)]
    [InlineData("prepare a 1:1 with the dev who deployed it", PersonRole.RanTheChange)]
    [InlineData("1:1 with someone who warned me against it", PersonRole.WarnedAgainstIt)]
    [InlineData("help me talk to Mira who is worried about their job", PersonRole.WorriedAboutTheirJob)]
    [InlineData("one on one with Lee who was on call all weekend", PersonRole.WasAffected)]
    public async Task OneOnOneRequest_InTheLeadersWords_StartsThePrepWithTheRoleRead(string request, PersonRole role)
    {
        var sent = await _harness.SayAsync(request);

        Assert.Equal(OneOnOnePrepDialog.RoleFromRequest(role), sent[0].Text);
        Assert.Contains(OneOnOnePrepDialog.WhatHappenedQuestion, CardText.Of(sent[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOnOneRequest_WithoutTheRole_AsksForIt()
    {
        var sent = await _harness.SayAsync("I have a 1:1 with Sam tomorrow");

        Assert.Contains(OneOnOnePrepDialog.RoleQuestion, CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }
}
