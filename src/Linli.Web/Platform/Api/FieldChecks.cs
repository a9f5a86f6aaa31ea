namespace Linli.Web.Platform.Api;

/// <summary>Checks of a request's text fields that gather every error before one 422.</summary>
public static class FieldChecks
{
    /// <summary>The trimmed text; notes Validation.Required when it is blank but required, Validation.MaxLength when it is too long.</summary>
    public static string Text(this Dictionary<string, FieldError> errors, string? value, string field, int max, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0) errors[field] = new("Validation.Required");
        else if (text.Length > max) errors[field] = new("Validation.MaxLength", max);
        return text;
    }

    /// <summary>The trimmed text, or null when there is none: how optional fields are stored.</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A text one module writes into another's column, cut to the column's length.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
