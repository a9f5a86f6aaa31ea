using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;

namespace Linli.Web.Platform.Privacy;

/// <summary>The one way to see a full sensitive value: permission (checked by the caller's policy), a stated reason, and a record.</summary>
public sealed class UnmaskService(LinliDb db, SensitiveFieldReaders readers, AccessRecorder access)
{
    public const int MinimumReasonLength = 4;

    public async Task<string> UnmaskAsync(string subjectType, string subjectId, string field, string? reason, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < MinimumReasonLength)
            throw new FieldValidationException("reason", "Privacy.ReasonRequired");
        var reader = readers.Find(subjectType, field) ?? throw new FieldValidationException("field", "Privacy.UnknownField");
        var value = await reader(db, subjectId, cancellationToken) ?? throw new NotFoundException();

        await access.RecordAsync("privacy.unmask", subjectType, subjectId, field, reason, cancellationToken);
        return value;
    }
}
