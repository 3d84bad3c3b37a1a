using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>What a dialog does next: <c>continue</c> with a card, or close with a <c>message</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TaskModuleContinueResponse), "continue")]
[JsonDerivedType(typeof(TaskModuleMessageResponse), "message")]
public abstract class TaskModuleResponseBase
{
}
