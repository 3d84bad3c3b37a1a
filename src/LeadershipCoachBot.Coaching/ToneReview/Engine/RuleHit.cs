using LeadershipCoachBot.Coaching.ToneReview.Rules;
using LeadershipCoachBot.Coaching.ToneReview.Text;

namespace LeadershipCoachBot.Coaching.ToneReview.Engine;

/// <summary>Where a rule matched: the sentence and the matched words as offsets into the draft.</summary>
internal sealed record RuleHit(TextRule Rule, DraftSentence Sentence, int Start, int Length);
