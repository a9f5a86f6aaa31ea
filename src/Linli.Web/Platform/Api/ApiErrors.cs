namespace Linli.Web.Platform.Api;

/// <summary>One field's error: a localizable message key and its format arguments.</summary>
public sealed record FieldError(string MessageKey, params object[] Arguments);

/// <summary>Values broke rules. Becomes a 422 ProblemDetails naming each field; messages are localized.</summary>
public class FieldValidationException(IReadOnlyDictionary<string, FieldError> errors) : Exception(string.Join(", ", errors.Keys))
{
    public FieldValidationException(string field, string messageKey, params object[] arguments)
        : this(new Dictionary<string, FieldError> { [field] = new(messageKey, arguments) }) { }

    public IReadOnlyDictionary<string, FieldError> Errors { get; } = errors;
}

/// <summary>The record does not exist or lies outside the caller's scope; both answer 404 so nothing leaks.</summary>
public sealed class NotFoundException() : Exception("Not found");

/// <summary>
/// The request conflicts with the current state (a duplicate, an overlapping booking...). Becomes a 409;
/// <see cref="Details"/> go into the ProblemDetails as extensions (for example the conflicting booking's id).
/// </summary>
public class ConflictException(string messageKey, IReadOnlyDictionary<string, object?>? details = null) : Exception(messageKey)
{
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();

    /// <summary>The details in order, as the message's format arguments ("not enough points: the balance is {0}").</summary>
    public object[] Arguments => [.. Details.Values.OfType<object>()];

    /// <summary>For a page's form: the conflict shown as an error of <paramref name="field"/>, its message formatted like the API's.</summary>
    public IReadOnlyDictionary<string, FieldError> AsFieldErrors(string field) => new Dictionary<string, FieldError> { [field] = new(Message, Arguments) };
}

/// <summary>
/// The caller has used up a limit that counts requests rather than records (votes from one phone or network
/// address a day). Becomes a 429; a page shows it like any conflict.
/// </summary>
public sealed class LimitExceededException(string messageKey, IReadOnlyDictionary<string, object?>? details = null) : ConflictException(messageKey, details);

/// <summary>The caller may see the record but not do this to it. Becomes a 403.</summary>
public sealed class ForbiddenException() : Exception("Forbidden");
