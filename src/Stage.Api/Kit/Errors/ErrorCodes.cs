namespace Stage.Api.Kit.Errors;

/// <summary>The stable values of <c>extensions.code</c> this API answers with; clients branch on them.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string InvalidId = "INVALID_ID";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string SubscriptionRequiresStream = "SUBSCRIPTION_REQUIRES_STREAM";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string DocumentTooLong = "DOCUMENT_TOO_LONG";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string TooManyFilterConditions = "TOO_MANY_FILTER_CONDITIONS";
    public const string TooManyIntrospectionFields = "TOO_MANY_INTROSPECTION_FIELDS";
    public const string Timeout = "TIMEOUT";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedOperationsOnly = "PERSISTED_OPERATIONS_ONLY";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string PupilsOnly = "PUPILS_ONLY";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";
    public const string InvalidPagination = "INVALID_PAGINATION";
    public const string InvalidCoordinates = "INVALID_COORDINATES";
    public const string InvalidRadius = "INVALID_RADIUS";
    public const string InvalidNear = "INVALID_NEAR";
    public const string InvalidPlace = "INVALID_PLACE";
    public const string InvalidOrder = "INVALID_ORDER";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string EmptyList = "EMPTY_LIST";
    public const string InvalidDateRange = "INVALID_DATE_RANGE";
    public const string SearchTooLong = "SEARCH_TOO_LONG";
    public const string SearchTimeout = "SEARCH_TIMEOUT";
    public const string InvalidYear = "INVALID_YEAR";
    public const string SlowConsumer = "SLOW_CONSUMER";
    public const string NotFound = "NOT_FOUND";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string InvalidApiKey = "INVALID_API_KEY";
    public const string OriginNotAllowed = "ORIGIN_NOT_ALLOWED";
    public const string RateLimited = "RATE_LIMITED";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string IdentityProviderUnavailable = "IDENTITY_PROVIDER_UNAVAILABLE";
}
