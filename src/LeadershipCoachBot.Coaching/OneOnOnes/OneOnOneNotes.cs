using System.Globalization;
using System.Text;

namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>A 1:1 plan as Markdown meeting notes, to copy into a calendar invite or a notes page.</summary>
public static class OneOnOneNotes
{
    public static string ToMarkdown(OneOnOnePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var notes = new StringBuilder();
        notes.Append("## 1:1 with ").AppendLine(plan.Who).AppendLine();
        if (plan.Context.Count > 0)
        {
            notes.AppendLine("**Before you start**");
            foreach (var line in plan.Context)
            {
                notes.Append("- ").AppendLine(line);
            }

            notes.AppendLine();
        }

        notes.AppendLine("**Open with**").Append("> ").AppendLine(plan.Opener).AppendLine();
        if (plan.JobWorry is { } worry)
        {
            notes.AppendLine("**Answer the worry first**").AppendLine(worry.DirectAnswer);
            notes.AppendLine("Do not promise:");
            foreach (var promise in worry.DoNotPromise)
            {
                notes.Append("- ").AppendLine(promise);
            }

            notes.AppendLine();
        }

        notes.AppendLine("**Ask**");
        for (var i = 0; i < plan.Questions.Count; i++)
        {
            notes.Append(CultureInfo.InvariantCulture, $"{i + 1}. ").AppendLine(plan.Questions[i]);
        }

        notes.AppendLine().AppendLine("**Avoid**");
        foreach (var avoid in plan.Avoid)
        {
            notes.Append("- ").AppendLine(avoid.Text);
        }

        notes.AppendLine().AppendLine("**Work to offer**").AppendLine(plan.PurposefulWork).AppendLine();
        notes.AppendLine("**Follow up**")
            .Append(plan.FollowUp.On.ToString("ddd d MMM", CultureInfo.InvariantCulture))
            .Append(": ").AppendLine(plan.FollowUp.About);
        return notes.ToString();
    }
}
