using System.Text.RegularExpressions;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;

namespace Linli.Web.Modules.Residents;

/// <summary>What a form, the API or an import row says about a person, before checking.</summary>
public sealed record ResidentInput(string? Name, string? Gender, DateOnly? BirthDate, string? IdNumber, string? Phone,
    string? RelationToHead, DateOnly? MovedInOn, string? Notes);

/// <summary>
/// The rules of a register entry, shared by the API, the console and the Excel import so that all three
/// refuse the same things with the same words. Errors are keyed by field name.
/// </summary>
public static partial class ResidentValidator
{
    public static (ResidentDetails? Details, Dictionary<string, FieldError> Errors) Validate(ResidentInput input, DateOnly today)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 50) errors["name"] = new("Resident.NameRequired");

        IdNumber? id = null;
        if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            id = Residents.IdNumber.TryParse(input.IdNumber, out var idError);
            if (id is null) errors["idNumber"] = new(idError!);
        }

        var gender = ParseGender(input.Gender);
        if (!string.IsNullOrWhiteSpace(input.Gender) && gender is null) errors["gender"] = new("Resident.GenderInvalid");
        else if (gender is null && id is null) errors["gender"] = new("Resident.GenderRequired");
        else if (gender is not null && id is not null && gender != id.Gender) errors["gender"] = new("Resident.GenderMismatch");

        var birth = input.BirthDate;
        if (birth is null && id is null) errors["birthDate"] = new("Resident.BirthDateRequired");
        else if (birth is not null && birth > today) errors["birthDate"] = new("Resident.BirthDateFuture");
        else if (birth is not null && birth.Value.Year < IdNumber.EarliestBirthYear) errors["birthDate"] = new("Resident.BirthDateTooEarly", IdNumber.EarliestBirthYear);
        else if (birth is not null && id is not null && birth != id.BirthDate) errors["birthDate"] = new("Resident.BirthDateMismatch");
        else if (id is not null && id.BirthDate > today) errors["idNumber"] = new("Resident.BirthDateFuture");

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            phone = NormalizePhone(input.Phone);
            if (phone is null) errors["phone"] = new("Validation.Phone");
        }

        if (input.MovedInOn is { } movedIn && (movedIn > today || movedIn < (birth ?? id?.BirthDate ?? DateOnly.MinValue)))
            errors["movedInOn"] = new("Resident.MovedInInvalid");
        if (input.RelationToHead is { Length: > 20 }) errors["relationToHead"] = new("Validation.MaxLength", 20);
        if (input.Notes is { Length: > 2000 }) errors["notes"] = new("Validation.MaxLength", 2000);

        if (errors.Count > 0) return (null, errors);
        return (new ResidentDetails(name, gender ?? id!.Gender, birth ?? id!.BirthDate, id?.Value, phone,
            FieldChecks.OrNull(input.RelationToHead), input.MovedInOn, FieldChecks.OrNull(input.Notes)), errors);
    }

    public static Gender? ParseGender(string? text) => text?.Trim() switch
    {
        "Male" or "male" or "M" or "男" => Gender.Male,
        "Female" or "female" or "F" or "女" => Gender.Female,
        _ => null,
    };

    /// <summary>A mobile number as 11 digits, or a landline with its area code ("028-85551234").</summary>
    public static string? NormalizePhone(string text)
    {
        var mobile = PhoneNumbers.Normalize(text);
        if (PhoneNumbers.IsValidMobile(mobile)) return mobile;
        var landline = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        return Landline().IsMatch(landline) ? landline : null;
    }

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}$")]
    private static partial Regex Landline();
}
