using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;
using Microsoft.AspNetCore.Http;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>Invoke routing: by <c>name</c>; a name the bot does not handle is answered 501.</summary>
public partial class ActivityHandler
{
    /// <summary>Answers an invoke; the result is sent once as the HTTP response.</summary>
    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return activity.Name switch
        {
            "adaptiveCard/action" => CreateInvokeResponse(await OnAdaptiveCardInvokeAsync(turnContext, ReadAdaptiveCardInvokeValue(activity), cancellationToken)),
            "composeExtension/fetchTask" => CreateInvokeResponse(await OnTeamsMessagingExtensionFetchTaskAsync(turnContext, ReadValue<MessagingExtensionAction>(activity), cancellationToken)),
            "composeExtension/submitAction" => CreateInvokeResponse(await OnTeamsMessagingExtensionSubmitActionAsync(turnContext, ReadValue<MessagingExtensionAction>(activity), cancellationToken)),
            "task/fetch" => CreateInvokeResponse(await OnTeamsTaskModuleFetchAsync(turnContext, ReadValue<TaskModuleRequest>(activity), cancellationToken)),
            "task/submit" => CreateInvokeResponse(await OnTeamsTaskModuleSubmitAsync(turnContext, ReadValue<TaskModuleRequest>(activity), cancellationToken)),
            _ => throw new InvokeResponseException(StatusCodes.Status501NotImplemented),
        };
    }

    /// <summary>An <c>Action.Execute</c> press (Universal Actions).</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);

    protected virtual Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);

    protected virtual Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);

    protected virtual Task<TaskModuleResponse> OnTeamsTaskModuleFetchAsync(ITurnContext turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);

    protected virtual Task<TaskModuleResponse> OnTeamsTaskModuleSubmitAsync(ITurnContext turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);

    /// <summary>200 with <paramref name="body"/>.</summary>
    protected static InvokeResponse CreateInvokeResponse(object? body = null) => new() { Status = StatusCodes.Status200OK, Body = body };

    private async Task<InvokeResponse> InvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return await OnInvokeActivityAsync(turnContext, cancellationToken);
        }
        catch (InvokeResponseException ex)
        {
            return ex.CreateInvokeResponse();
        }
    }

    private static T ReadValue<T>(Activity activity) where T : new()
    {
        try
        {
            return activity.Value is { ValueKind: JsonValueKind.Object } value ? value.Deserialize<T>(ProtocolJson.Options) ?? new T() : new T();
        }
        catch (JsonException)
        {
            throw new InvokeResponseException(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The value of an <c>adaptiveCard/action</c> invoke; a missing action or one other than <c>Action.Execute</c> is answered 400.</summary>
    private static AdaptiveCardInvokeValue ReadAdaptiveCardInvokeValue(Activity activity)
    {
        var value = ReadValue<AdaptiveCardInvokeValue>(activity);
        if (value.Action is null)
        {
            throw new InvokeResponseException(StatusCodes.Status400BadRequest, Error("BadRequest", "The invoke value has no action."));
        }

        if (!string.Equals(value.Action.Type, "Action.Execute", StringComparison.Ordinal))
        {
            throw new InvokeResponseException(StatusCodes.Status400BadRequest, Error("NotSupported", $"The action type {value.Action.Type} is not supported; use Action.Execute."));
        }

        return value;
    }

    private static AdaptiveCardInvokeResponse Error(string code, string message) => new()
    {
        StatusCode = StatusCodes.Status400BadRequest,
        Type = AdaptiveCardInvokeResponse.ErrorType,
        Value = new Dictionary<string, string> { ["code"] = code, ["message"] = message },
    };
}
