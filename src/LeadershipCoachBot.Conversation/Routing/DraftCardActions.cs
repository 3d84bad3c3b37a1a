using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Drafting;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// The buttons on drafted messages, tone reviews and triage results: redraft shorter, for another
/// audience or with a part rewritten; review the text as left in the box or as another kind; draft
/// the first update from a triage. Each reads what it needs from the card's own data.
/// </summary>
public sealed class DraftCardActions
{
    private readonly TimeProvider _time;

    public DraftCardActions(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Handles <paramref name="action"/> when it is one of these buttons; false otherwise.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        string? Field(string name) => CardSubmit.GetString(activity, name);
        var reply = action switch
        {
            CardActions.DraftShorter => Redraft(Field(CardActions.PlanField), plan => plan with { Shorter = !plan.Shorter }),
            CardActions.DraftAudience => Redraft(Field(CardActions.PlanField), plan => Enum.TryParse<Audience>(Field(CardActions.AudienceField), out var audience) ? plan with { Audience = audience } : plan),
            CardActions.DraftEdit => Redraft(Field(CardActions.PlanField), plan => Enum.TryParse<PlanField>(Field(CardActions.SectionField), out var part) ? plan.With(part, Field(CardActions.SectionTextField)) : plan),
            CardActions.DraftReview => ReviewDrafted(Field(CardActions.PlanField), Field(CardActions.DraftTextField)),
            CardActions.ReviewAs => Review(Field(CardActions.DraftField), Enum.TryParse<DraftKind>(Field(CardActions.KindField), out var kind) ? kind : null),
            CardActions.DraftFirstUpdate => FirstUpdate(Field(CardActions.IncidentField), LeaderClock.ZoneOf(activity)),
            _ => null,
        };
        if (reply is null)
        {
            return false;
        }

        var message = Activity.CreateMessageActivity();
        message.Attachments = [reply];
        await turnContext.SendActivityAsync(message, cancellationToken);
        return true;
    }

    private static Attachment Redraft(string? planJson, Func<MessagePlan, MessagePlan> change) =>
        PlanJson.ReadPlan(planJson) is { } plan ? DraftedMessageCard.Create(MessageDrafter.Draft(change(plan))) : OutOfDate();

    private static Attachment ReviewDrafted(string? planJson, string? text)
    {
        var plan = PlanJson.ReadPlan(planJson);
        var draft = !string.IsNullOrWhiteSpace(text) ? text : plan is null ? null : MessageDrafter.Draft(plan).Text;
        // The message as written for its audience: an exec update switched to customers is reviewed as a customer update.
        return Review(draft, plan?.MessageKind);
    }

    private static Attachment Review(string? draft, DraftKind? kind) =>
        draft is { Length: > 0 and <= DraftQuestionCard.MaxDraftLength } ? ToneReviewCard.Create(ToneReviewer.Review(draft, kind), draft) : OutOfDate();

    private Attachment FirstUpdate(string? incidentJson, string? zone)
    {
        if (PlanJson.ReadIncident(incidentJson) is not { } incident)
        {
            return OutOfDate();
        }

        var assessment = IncidentTriage.Assess(incident.Report, incident.AssessedAt);
        var next = LeaderClock.At(incident.NextUpdateDue(_time.GetUtcNow()), zone);
        return DraftedMessageCard.Create(MessageDrafter.Draft(FirstUpdatePlan.From(incident.Report, assessment, next)));
    }

    private static Attachment OutOfDate() => OffersCard.Create(CoachReplies.OutOfDate, CoachOffer.Everything);
}
