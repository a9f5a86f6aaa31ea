using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Web.Platform.Api;

/// <summary>Marks a browser endpoint outside /api (a page's script posting JSON) whose errors are ProblemDetails too.</summary>
public sealed class JsonErrors;

/// <summary>
/// The one place where errors of the API become ProblemDetails, with messages in the request's
/// language (and of endpoints marked <see cref="JsonErrors"/>). Pages are left to the error page (/error), which says the same in words.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, Texts texts, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed Request.Path at /error; the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) && endpoint?.Metadata.GetMetadata<JsonErrors>() is null) return false;
        var problem = exception switch
        {
            FieldValidationException v => new HttpValidationProblemDetails(
                v.Errors.ToDictionary(e => e.Key, e => new[] { texts.Format(e.Value.MessageKey, e.Value.Arguments) }))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = texts["Error.Validation"],
            },
            NotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = texts["Error.NotFound"] },
            LimitExceededException l => new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = texts["Error.TooManyRequests"], Detail = texts.Format(l.Message, l.Arguments), Extensions = new Dictionary<string, object?>(l.Details) },
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = texts["Error.Conflict"], Detail = texts.Format(c.Message, c.Arguments), Extensions = new Dictionary<string, object?>(c.Details) },
            ForbiddenException => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = texts["Error.Forbidden"] },
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = texts["Error.BadRequest"] },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = texts["Error.BadRequest"] },
            _ when Data.DatabaseUnavailable.Caused(exception) => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = texts["Error.Unavailable"] },
            // The caller learns only that it was not their fault, and the error id (traceId) to quote.
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = texts["Error.Server"] },
        };
        // Since .NET 10 the middleware logs nothing for an exception a handler took, so the log is written here:
        // the error id ties the person's report to it; the path and the exception, never a request body, so no personal data.
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error {ErrorId} answering {Method} {Path}", ErrorId(httpContext), httpContext.Request.Method, path);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Database unavailable answering {Method} {Path}", httpContext.Request.Method, path);
            httpContext.Response.Headers.RetryAfter = Data.DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The id the error page and the ProblemDetails' traceId show.</summary>
    public static string ErrorId(HttpContext context) => System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
}
