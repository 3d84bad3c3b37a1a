namespace LeadershipCoachBot.Protocol.Diagnostics;

/// <summary>
/// Every log event id of the bot, in one place so no two events share an id. Ranges:
/// 1100 the messages endpoint and turn pipeline, 1200 inbound authentication, 1300 the connector
/// client, 3000 storage start-up, 3100 table storage, 3200 retention, 5000 the turn error boundary,
/// 5100 conversation state, 5200 privacy requests, 5300 the Review tone message action, 5400 group
/// chats and channels, 5500 the front door's routing. A new event takes the next free id of its range.
/// </summary>
public static class LogEventIds
{
    public const int TurnProcessed = 1101;
    public const int DuplicateSkipped = 1102;
    public const int RequestRefused = 1103;
    public const int Unauthenticated = 1104;
    public const int ActivitySent = 1105;
    public const int AuthenticationUnavailable = 1106;
    public const int TurnDeadlineExceeded = 1107;

    public const int TokenRejected = 1200;
    public const int TokenAccepted = 1201;
    public const int AnonymousRequestAccepted = 1202;
    public const int SigningKeysFetched = 1203;
    public const int SigningKeysFetchFailed = 1204;

    public const int ConnectorSent = 1301;
    public const int ConnectorRetrying = 1302;
    public const int ConnectorRetryAfterTooLong = 1303;
    public const int ConnectorFailed = 1304;
    public const int ConnectorUnreachable = 1305;
    public const int ConnectorUnreadableResponse = 1306;
    public const int BotTokenAcquired = 1307;
    public const int BotTokenFailed = 1308;
    public const int ServiceUrlNotAllowed = 1309;
    public const int ConnectorTimedOut = 1310;

    public const int StorageTableReady = 3001;
    public const int StorageUnreachable = 3002;
    public const int StorageInMemory = 3003;

    public const int StorageETagConflict = 3101;
    public const int StorageValueTooLarge = 3102;
    public const int StorageCallFailed = 3103;

    public const int RetentionSwept = 3201;
    public const int RetentionSweepFailed = 3202;

    public const int TurnFailed = 5001;
    public const int ApologyFailed = 5002;
    public const int DialogNotCleared = 5003;
    public const int TurnNotSaved = 5004;

    public const int StateConflict = 5101;
    public const int RepliesNotDelivered = 5102;

    public const int UserDataDeleted = 5201;
    public const int UserDataDeletionFailed = 5202;
    public const int UserDataDeletionAsked = 5203;
    public const int UserDataDeletionDeclined = 5204;

    public const int MessageActionReviewed = 5301;
    public const int MessageActionInserted = 5302;
    public const int MessageActionSentPrivately = 5303;
    public const int ToneReviewWarmedUp = 5304;

    public const int PrivateChatOpened = 5401;
    public const int SharedMessageNotMentioned = 5402;
    public const int SharedRequestMovedPrivately = 5403;
    public const int SharedReviewPosted = 5404;

    public const int IntentRouted = 5501;
    public const int PastedDraftRouted = 5502;
    public const int CardActionRouted = 5503;
    public const int StaleFlowSetAside = 5504;
}
