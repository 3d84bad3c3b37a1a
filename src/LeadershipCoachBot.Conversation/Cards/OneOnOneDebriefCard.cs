using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>After a 1:1: what was noted and the follow-up to book.</summary>
public static class OneOnOneDebriefCard
{
    public static Attachment Create(OneOnOneDebriefModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var headline = model.Landing switch
        {
            MeetingLanding.Well => "Good. Keep the follow-up you planned.",
            MeetingLanding.Mixed => "Noted. Come back to it sooner than planned.",
            MeetingLanding.Hard => "Hard talks are part of owning it. Check in tomorrow.",
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Landing, "Not a meeting landing."),
        };
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(headline) { Size = AdaptiveTextSize.Medium, Weight = AdaptiveTextWeight.Bolder, Style = "heading" },
        };
        if (model.Line is { } line)
        {
            body.Add(new AdaptiveContainer { Style = AdaptiveContainerStyle.Emphasis, Items = [new AdaptiveTextBlock($"\u201C{line}\u201D")] });
        }

        body.Add(new AdaptiveTextBlock(model.Kept
            ? "I've kept this with the 1:1 you prepared here."
            : "I had no 1:1 prepared in this chat, so this follow-up is a general one.") { IsSubtle = true });
        body.Add(CardSections.Heading("Book the follow-up"));
        body.Add(new AdaptiveFactSet { Facts = [new AdaptiveFact(CardSections.Day(model.FollowUp.On), model.FollowUp.About)] });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new AdaptiveSubmitAction("Record a lesson", new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.AddLesson })],
            FallbackText = $"{headline} Follow up on {CardSections.Day(model.FollowUp.On)}: {model.FollowUp.About}",
        }.ToAttachment();
    }
}
