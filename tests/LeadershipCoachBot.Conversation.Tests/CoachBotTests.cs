using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests;

public sealed class CoachBotTests
{
    private readonly CoachBotHarness _harness = new();

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("  Help \n")]
    [InlineData("?")]
    [InlineData(" ? ")]
    public async Task Help_AnswersWithTheWelcomeCard(string text)
    {
        var sent = await _harness.SayAsync(text);

        Assert.True(CoachBotHarness.IsWelcomeCard(Assert.Single(sent)));
    }

    [Theory]
    [InlineData("book me a meeting room")]
    [InlineData("lol")]
    [InlineData("??")]
    [InlineData("")]
    public async Task AnythingElse_SaysSoAndOffersWhatTheCoachDoesAsButtons(string text)
    {
        var sent = await _harness.SayAsync(text);

        var reply = Assert.Single(sent);
        Assert.Contains(CoachReplies.NotUnderstood, CardText.Of(reply), StringComparison.Ordinal);
        Assert.Equal(CoachOffer.Everything.Select(o => o.Title), Buttons(reply));
    }

    [Fact]
    public async Task OneLineDraftNotUnderstood_OffersToReviewItAndTheButtonReviewsIt()
    {
        const string Text = "we had a small blip with invoices yesterday, all sorted now, no need to worry";

        var reply = Assert.Single(await _harness.SayAsync(Text));

        Assert.Contains(CoachReplies.NotUnderstood, CardText.Of(reply), StringComparison.Ordinal);
        Assert.Contains("Review this as a draft", Buttons(reply));
        Assert.DoesNotContain(CoachOffer.Review.Title, Buttons(reply));
        var review = Assert.Single(await _harness.PressAsync(CoachOffer.ReviewThis(Text).Data));
        Assert.Contains("Hiding", CardText.Of(review), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CardSubmitHelp_IsRoutedLikeTypingHelp()
    {
        var sent = await _harness.PressAsync(new Dictionary<string, string> { [CardActions.Field] = CardActions.Help });

        Assert.True(CoachBotHarness.IsWelcomeCard(Assert.Single(sent)));
    }

    internal static IReadOnlyList<string?> Buttons(Activity reply) =>
        [.. reply.Attachments![0].Content!.Value.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString())];

    [Fact]
    public async Task CardSubmitWithUnknownAction_GetsTheLinePointingToHelp()
    {
        var sent = await _harness.PressAsync(new { action = "teleport" });

        var reply = Assert.Single(sent);
        Assert.Contains(CoachReplies.NotUnderstood, CardText.Of(reply), StringComparison.Ordinal);
        Assert.NotEmpty(Buttons(reply));
    }

    [Fact]
    public async Task InstallationUpdateAdd_SendsTheWelcomeCard()
    {
        var install = _harness.Inbound(ActivityTypes.InstallationUpdate);
        install.Action = "add";

        var sent = await _harness.SendAsync(install);

        Assert.True(CoachBotHarness.IsWelcomeCard(Assert.Single(sent)));
    }

    [Fact]
    public async Task InstallationUpdateRemove_SendsNothing()
    {
        var uninstall = _harness.Inbound(ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";

        Assert.Empty(await _harness.SendAsync(uninstall));
    }

    [Fact]
    public async Task BotOnlyAdded_SendsNothing()
    {
        var update = _harness.Inbound(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [new ChannelAccount(CoachBotHarness.BotId)];

        Assert.Empty(await _harness.SendAsync(update));
    }

    [Fact]
    public async Task BotAndUserAddedTogether_SendsNothing_BecauseTheInstallationUpdateWelcomes()
    {
        var update = _harness.Inbound(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [new ChannelAccount(CoachBotHarness.BotId), new ChannelAccount("29:user")];

        Assert.Empty(await _harness.SendAsync(update));
    }

    [Fact]
    public async Task PersonAddedLater_IsWelcomedByName()
    {
        var update = _harness.Inbound(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [new ChannelAccount("29:megan", "Megan Bowen")];

        var welcome = Assert.Single(await _harness.SendAsync(update));

        Assert.True(CoachBotHarness.IsWelcomeCard(welcome));
        Assert.Contains("Hi Megan Bowen.", welcome.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
    }
}
