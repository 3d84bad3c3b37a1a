namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// The action ids card buttons send in their <c>data</c> (<c>{"action": "help"}</c>), and the other
/// fields those buttons carry. A submit with an action id and no text is routed like a new request.
/// </summary>
public static class CardActions
{
    /// <summary>The name of the field that carries the action id.</summary>
    public const string Field = "action";

    public const string Help = "help";

    public const string Triage = "triage";

    public const string Review = "review";

    /// <summary>Start the pre-post check and draft; the kind is in <see cref="KindField"/>.</summary>
    public const string Write = "write";

    /// <summary>Review the draft in <see cref="DraftField"/> as the kind in <see cref="KindField"/>.</summary>
    public const string ReviewAs = "review-as";

    /// <summary>Draft the first update from the triage in <see cref="IncidentField"/>.</summary>
    public const string DraftFirstUpdate = "draft-first-update";

    /// <summary>Redraft the plan in <see cref="PlanField"/> shorter (or full again).</summary>
    public const string DraftShorter = "draft-shorter";

    /// <summary>Redraft the plan for the audience in <see cref="AudienceField"/>.</summary>
    public const string DraftAudience = "draft-audience";

    /// <summary>Redraft with the section in <see cref="SectionField"/> rewritten as <see cref="SectionTextField"/>.</summary>
    public const string DraftEdit = "draft-edit";

    /// <summary>Review the text in <see cref="DraftTextField"/> (the drafted message, as the leader left it).</summary>
    public const string DraftReview = "draft-review";

    /// <summary>The answer to <c>forget me</c>'s question, <see cref="Yes"/> or <see cref="No"/> in <see cref="AnswerField"/>.</summary>
    public const string ForgetMe = "forget-me";

    public const string Yes = "yes";
    public const string No = "no";

    public const string KindField = "kind";
    public const string AnswerField = "answer";
    public const string DraftField = "draft";
    public const string IncidentField = "incident";
    public const string PlanField = "plan";
    public const string AudienceField = "audience";
    public const string SectionField = "section";
    public const string SectionTextField = "sectionText";
    public const string DraftTextField = "draftText";
}
