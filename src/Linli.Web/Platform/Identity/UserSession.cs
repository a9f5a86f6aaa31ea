namespace Linli.Web.Platform.Identity;

/// <summary>
/// One sign-in: a bearer token or a browser cookie carries its id, and every request checks that it is
/// still open. Ending a session (a reset, disabling, a password change elsewhere) therefore takes effect
/// on the next request, not when the token expires.
/// </summary>
public sealed class UserSession
{
    public const string ClaimType = "linli:session";

    public string Id { get; init; } = "";
    public string UserId { get; init; } = "";
    public SessionKind Kind { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? EndedAt { get; set; }
}

public enum SessionKind
{
    Api,
    Browser,
}
