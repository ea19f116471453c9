namespace Stage.Api.Applications;

/// <summary>The changes people make to an application (expiry is the system's, see ApplicationExpiry).</summary>
public enum ApplicationAction
{
    MarkRead,
    Accept,
    Reject,
    Confirm,
    Withdraw,
    Cancel,
}
