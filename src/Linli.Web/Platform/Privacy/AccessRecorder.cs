using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Platform.Privacy;

/// <summary>Every read of sensitive personal information leaves two traces: an access record (who, what, why) and an entry in the audit chain.</summary>
public sealed class AccessRecorder(LinliDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task RecordAsync(string action, string subjectType, string subjectId, string field, string reason, CancellationToken cancellationToken)
    {
        db.AccessRecords.Add(new AccessRecord(clock.GetUtcNow().UtcDateTime, scope.UserId ?? "", scope.UserName ?? "", subjectType, subjectId, field, reason));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(action, subjectType, subjectId, $"{field}: {reason}", cancellationToken);
    }
}
