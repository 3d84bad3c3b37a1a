namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Words for the apology components that the draft's elements do not already show.</summary>
internal static class ApologyCues
{
    public static IReadOnlyList<(ApologyComponent Component, string Pattern)> All { get; } =
    [
        (ApologyComponent.ExpressionOfRegret, @"\b(?:sorry|apologi[sz]e|apologies|apology|I\s+regret|I\s+owe\s+you|deeply\s+regret)\b"),
        (ApologyComponent.OfferOfRepair, @"\b(?:refund\w*|credit\w*|compensat\w*|reimburs\w*|make\s+(?:it|this|things)\s+right|put\s+(?:it|this|that)\s+right|cover\s+the\s+cost|replacement|we'll\s+fix|I'll\s+fix|restor\w+|priority\s+line|point\s+of\s+contact)\b"),
        (ApologyComponent.Explanation, @"\b(?:because|caused\s+by|the\s+cause|what\s+happened|due\s+to|the\s+reason|happened\s+because|that\s+meant|which\s+meant)\b"),
        (ApologyComponent.DeclarationOfRepentance, @"\b(?:won'?t\s+happen\s+again|from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|never\s+again|I\s+(?:won'?t|will\s+not|will\s+never)|no\s+(?:further|more)\s+\w+\s+(?:will|without)|I'm\s+changing\s+how|I\s+will\s+change|I've\s+changed\s+how|(?:we'?ve|we\s+have)\s+changed\s+how|(?:I|we)\s+(?:will\s+|have\s+)?now\s+(?:require|run|check|review|test|block|gate|ask\s+for|need)\b)\b"),
        (ApologyComponent.RequestForForgiveness, @"\b(?:forgive|forgiveness|pardon|another\s+chance|accept\s+my\s+apology|hope\s+you\s+can\s+accept)\b"),
    ];
}
