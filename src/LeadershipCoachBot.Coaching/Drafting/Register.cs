namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>The stock lines of one audience's register: how the message greets, owns, and fills what the leader skipped.</summary>
internal sealed record Register(
    string? Salutation,
    string Ownership,
    string OwnershipAlone,
    string Sorry,
    string ImpactUnknown,
    string DoingLabel,
    string DefaultDoing,
    string RolledBackDoing,
    string DefaultRepair,
    string DefaultUncertain,
    string WillSay,
    string AssumptionLabel,
    string AssumptionFollowUp,
    string DefaultFraming,
    string ShortFraming,
    string MoveOn,
    string Voice)
{
    private static readonly Register Executives = new(
        Salutation: null,
        Ownership: "That call was mine, and I own what it cost.",
        OwnershipAlone: "The decision behind this was mine, and I own what it cost.",
        Sorry: "I'm sorry for the disruption it caused.",
        ImpactUnknown: "Impact: until we have measured it, assume every customer using the affected service saw failures; I will give you the number as soon as we have it.",
        DoingLabel: "What we are doing",
        DefaultDoing: "stabilising service first, rolling back or switching off the failing change where that stops the harm; any wider decision about the change will wait for the data.",
        RolledBackDoing: "the failing change is rolled back to stop the harm, and we are confirming service is stable; any wider decision about the change will wait for the data.",
        DefaultRepair: "the next step is to agree with the people affected how we put it right.",
        DefaultUncertain: "the full cause, and how long recovery will take. I will say as soon as we know.",
        WillSay: "I will say as soon as we know.",
        AssumptionLabel: "What I got wrong",
        AssumptionFollowUp: "That lesson shapes the next step, and we will validate the plan before we try again.",
        DefaultFraming: "Once we are stable I will name the wrong assumption behind this and how it changes the plan.",
        ShortFraming: "I will name the wrong assumption behind this once we are stable.",
        MoveOn: "I will confirm the next decision with you once the data is in.",
        Voice: "I");

    private static readonly Register Team = Executives with
    {
        Salutation = "Team,",
        Ownership = "That call was mine, and what it cost is mine to own.",
        OwnershipAlone = "The decision behind this was mine, and what it cost is mine to own.",
        Sorry = "I'm sorry for what it put you through.",
        ImpactUnknown = "Impact: until we have measured it, assume every customer using the affected service saw failures; I will share the numbers with you as soon as we have them.",
        DefaultRepair = "the next step is to agree with each of you affected how we put it right.",
        DefaultFraming = "Once things are stable we will look together at the wrong assumption behind this, without blame, and use it to shape the next plan.",
        ShortFraming = "We will look at the wrong assumption behind this together, without blame.",
        MoveOn = "I will walk you through the next step as soon as it is agreed.",
    };

    private static readonly Register Customers = Executives with
    {
        Salutation = "To our customers,",
        Ownership = "This was our decision, and we take full responsibility for it.",
        OwnershipAlone = "The change behind this was our decision, and we take full responsibility for it.",
        Sorry = "We are sorry for the disruption this caused you.",
        ImpactUnknown = "Impact: until we have confirmed it, assume every request to the affected service may have failed; we will tell you exactly what was affected as soon as we know.",
        DefaultDoing = "restoring full service is our first priority.",
        RolledBackDoing = "we have rolled back the change that caused this; next, we will check each affected request and confirm what it means for you.",
        DefaultRepair = "our priority is to put this right for each customer affected.",
        DefaultUncertain = "the full cause, and how long recovery will take. We will say as soon as we know.",
        WillSay = "We will say as soon as we know.",
        AssumptionLabel = "What we got wrong",
        AssumptionFollowUp = "We are changing how we test and release because of it.",
        DefaultFraming = "Once service is stable we will publish what we got wrong and what we are changing because of it.",
        ShortFraming = "We will publish what we got wrong once service is stable.",
        MoveOn = string.Empty,
        Voice = "We",
    };

    public static Register For(Audience audience) => audience switch
    {
        Audience.Executives => Executives,
        Audience.Team => Team,
        Audience.Customers => Customers,
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Unknown audience."),
    };

    public string? Greeting(MessagePlan plan) => plan.Shorter ? null : Salutation;
}
