using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linli.Web.Platform.Api;

/// <summary>
/// Runs the data annotations of a request record before the handler, so every endpoint reports bad
/// input the same way: a 422 naming each field in its JSON spelling. The message key comes from the
/// attribute ("Validation.Required", "Validation.StringLength"...) unless the attribute names its own.
/// </summary>
public sealed class Validated<T> : IEndpointFilter where T : class
{
    private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault()
            ?? throw new FieldValidationException("body", "Validation.BodyRequired");
        var errors = new Dictionary<string, FieldError>();
        foreach (var property in Properties)
        {
            var value = property.GetValue(request);
            var failed = property.GetCustomAttributes<ValidationAttribute>()
                .FirstOrDefault(a => a.GetValidationResult(value, new ValidationContext(request) { MemberName = property.Name }) is not null);
            if (failed is not null) errors[JsonName(property)] = ErrorFor(failed);
            else if (!IsClean(value)) errors[JsonName(property)] = new FieldError(TextRules.MessageKey);
            else if (!DateRange.Contains(value)) errors[JsonName(property)] = DateRange.Error;
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return await next(context);
    }

    private static FieldError ErrorFor(ValidationAttribute attribute) => attribute switch
    {
        { ErrorMessage: { } key } => new(key),
        StringLengthAttribute s => new("Validation.StringLength", s.MinimumLength, s.MaximumLength),
        RangeAttribute r => new("Validation.Range", r.Minimum, r.Maximum),
        MaxLengthAttribute m => new("Validation.MaxLength", m.Length),
        _ => new($"Validation.{attribute.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal)}"),
    };

    private static bool IsClean(object? value) => value switch
    {
        string text => TextRules.IsClean(text),
        IEnumerable<string> texts => texts.All(TextRules.IsClean),
        _ => true,
    };

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<Validated<T>>().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
